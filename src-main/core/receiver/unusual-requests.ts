// Requests Node would answer by itself, before any 'request' handler sees them, and that the
// receiver records instead:
// - `Expect:` other than 100-continue: HTTP requires a 417; the request is recorded first.
// - `CONNECT host:port`: the receiver is not a proxy; recorded and answered 405 on the raw socket
//   (Node hands CONNECT over as a socket, not a request/response pair).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { HeaderPair } from '@shared/types';
import type { NewCapture } from '../store/capture-store';
import { nowMicros } from '../store/clock';
import { formatRemote } from './client-error';

export interface UnusualRequestContext {
  insert(capture: NewCapture): Promise<number>;
  onCaptured?: (id: number) => void;
  onFailure(error: unknown): void;
  keepBytes: number;
}

function baseCapture(
  req: IncomingMessage,
  body: Buffer,
): Omit<NewCapture, 'status' | 'responseBody' | 'note'> {
  const headers: HeaderPair[] = [];
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2)
    headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
  return {
    receivedAtUs: nowMicros(),
    method: req.method ?? '?',
    path: req.url ?? '?',
    httpVersion: req.httpVersion,
    remoteAddress: formatRemote(req.socket),
    headers,
    body,
    bodySize: body.length,
    bodyTruncated: false,
    contentType: req.headers['content-type'] ?? null,
    responseHeaders: [['Content-Type', 'application/json']],
    kind: 'rejected',
  };
}

/** `Expect: something-else` → recorded, then 417 (the body, if any, is never asked for). */
export function answerUnmetExpectation(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: UnusualRequestContext,
): void {
  const expectation = String(req.headers.expect ?? '');
  const message = `Expect: ${expectation} is not something the receiver can meet (only 100-continue is); answered 417 as HTTP requires.`;
  const responseBody = Buffer.from(JSON.stringify({ error: 'expectation_failed', message }));
  ctx
    .insert({ ...baseCapture(req, Buffer.alloc(0)), status: 417, responseBody, note: message })
    .then(
      (id) => ctx.onCaptured?.(id),
      (error: unknown) => ctx.onFailure(error),
    )
    .finally(() => {
      if (res.headersSent || res.destroyed) return;
      res.writeHead(417, {
        'Content-Type': 'application/json',
        'Content-Length': responseBody.length,
        Connection: 'close',
      });
      res.end(responseBody);
    });
}

/** `CONNECT authority` → recorded with whatever bytes came after the head, then 405 and close. */
export function answerConnect(
  req: IncomingMessage,
  socket: Socket,
  head: Buffer,
  ctx: UnusualRequestContext,
): void {
  const message = 'CONNECT asks for a proxy tunnel; the receiver is not a proxy, so it answered 405.';
  const responseBody = Buffer.from(JSON.stringify({ error: 'method_not_allowed', message }));
  socket.on('error', () => socket.destroy());
  ctx
    .insert({
      ...baseCapture(req, head.subarray(0, ctx.keepBytes)),
      bodySize: head.length,
      bodyTruncated: head.length > ctx.keepBytes,
      status: 405,
      responseBody,
      note: message,
    })
    .then(
      (id) => ctx.onCaptured?.(id),
      (error: unknown) => ctx.onFailure(error),
    )
    .finally(() => {
      if (!socket.writable) return void socket.destroy();
      socket.end(
        'HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS\r\n' +
          `Content-Type: application/json\r\nContent-Length: ${responseBody.length}\r\nConnection: close\r\n\r\n` +
          responseBody.toString(),
        () => socket.destroy(),
      );
    });
}
