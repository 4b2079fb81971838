// Requests Node's HTTP parser refuses (bad method, headers too large, headers never finished, TLS or
// HTTP/2 bytes on the plain port) still leave one trace each: a `rejected` capture with the bytes
// received from the request's first byte, its request line when there was one, and which rule it
// broke. A connection that never sent a byte leaves nothing (idle or port-scan connections would
// otherwise fill the list with "? ?" rows).
import type { Socket } from 'node:net';
import type { NewCapture } from '../store/capture-store';
import { nowMicros } from '../store/clock';
import { isStorageError } from '../store/storage-error';
import type { Logger } from '../log/logger';
import { refusedRequestStart, tapOf } from './request-bytes';

export interface ClientErrorContext {
  insert(capture: NewCapture): Promise<number>;
  logger: Logger;
  onCaptured?: (id: number) => void;
  maxHeaderBytes: number;
  maxHeaderCount: number;
  keepBytes: number;
}

type ParserError = NodeJS.ErrnoException & { rawPacket?: Buffer; bytesParsed?: number };

export function recordClientError(error: ParserError, socket: Socket, ctx: ClientErrorContext): void {
  const code = error.code ?? '';
  const tap = tapOf(socket);
  // The parser repeats its error for every chunk that follows: answered once, by the first one.
  if (tap?.failed) return;
  if (code === 'ECONNRESET' || code === 'EPIPE') {
    socket.destroy();
    return;
  }
  const packet = error.rawPacket;
  const received = tap?.received() ?? Buffer.alloc(0);
  // The chunk being parsed is not in the tap yet; in it, skip a pipelined request already handled.
  const start = packet
    ? refusedRequestStart(
        packet,
        error.bytesParsed ?? 0,
        received.length || !tap?.requestInProgress ? null : (tap?.last ?? null),
      )
    : 0;
  if (start < 0 && tap) {
    // A malformed body (bad chunk size…) of the request in progress: its handler records it, with
    // this reason, once the body stream fails. One error, one capture.
    tap.bodyError = `the body could not be parsed (${code || error.message})`;
    tap.failed = true;
    answerAndClose(socket, 400, 'Bad Request', {
      error: 'bad_request',
      message: `The request body could not be parsed as HTTP (${code || error.message})`,
    });
    return;
  }
  const fromPacket = packet ? packet.subarray(start) : Buffer.alloc(0);
  const raw = received.length ? Buffer.concat([received, fromPacket]) : fromPacket;
  if (raw.length === 0) {
    // Nothing was sent for this request (an idle connection timing out, a keep-alive left open).
    socket.destroy();
    return;
  }
  if (tap) tap.failed = true;

  const answer = answerFor(code, error.message, ctx.maxHeaderBytes, ctx.maxHeaderCount, raw);
  const requestLine = raw.subarray(0, Math.min(raw.length, 8192)).toString('latin1').split('\r\n')[0] ?? '';
  const [method = '', path = '', version = ''] = requestLine.split(' ');
  const looksLikeRequestLine = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,32}$/.test(method) && path.length > 0;
  const responseBody = Buffer.from(JSON.stringify({ error: answer.code, message: answer.reason }));
  // Answered now, while the client still listens (an error answer promises nothing about
  // storage). Stored one turn later: a pipelined request parsed from the same packet is stored
  // first, so the list keeps the order in which the requests arrived.
  const answerNow = () => answerAndClose(socket, answer.status, answer.statusText, responseBody);
  if (tap) tap.afterAnswer(answerNow);
  else answerNow();
  setImmediate(() => store());
  const store = () =>
    ctx
      .insert({
        receivedAtUs: nowMicros(),
        method: looksLikeRequestLine ? method : '?',
        path: looksLikeRequestLine ? path.slice(0, 8192) : '?',
        httpVersion: looksLikeRequestLine && /^HTTP\/\d\.\d$/.test(version) ? version.slice(5) : '?',
        remoteAddress: formatRemote(socket),
        headers: [],
        body: raw.subarray(0, ctx.keepBytes),
        bodySize: raw.length,
        bodyTruncated: true,
        contentType: null,
        status: answer.status,
        responseHeaders: [['Content-Type', 'application/json']],
        responseBody,
        kind: 'rejected',
        note: `${answer.reason}. The raw bytes received are kept as the body.`,
      })
      .then((id) => ctx.onCaptured?.(id))
      .catch((e: unknown) => {
        if (!isStorageError(e))
          ctx.logger.error(`receiver: could not store a rejected request: ${(e as Error).message}`);
      });
}

function answerAndClose(socket: Socket, status: number, statusText: string, body: Buffer | object): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
  socket.end(
    `HTTP/1.1 ${status} ${statusText}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${bytes.length}\r\nConnection: close\r\n\r\n` +
      bytes.toString('latin1'),
    'latin1',
    // A client that misbehaved at the HTTP level does not get to hold the socket open.
    () => socket.destroy(),
  );
}

function answerFor(
  code: string,
  message: string,
  maxHeaderBytes: number,
  maxHeaderCount: number,
  raw: Buffer,
): { status: number; statusText: string; code: string; reason: string } {
  if (raw[0] === 0x16 && raw[1] === 0x03)
    return {
      status: 400,
      statusText: 'Bad Request',
      code: 'tls_on_http_port',
      reason: 'The client started a TLS handshake (an https:// URL) on the plain-HTTP receiver',
    };
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      // Node reports both limits with this one code: count the header lines to say which.
      if (countLines(raw) > maxHeaderCount)
        return {
          status: 431,
          statusText: 'Request Header Fields Too Large',
          code: 'too_many_headers',
          reason: `The request has more than ${maxHeaderCount.toLocaleString('en-US')} header lines (the header count limit, maxHeadersCount)`,
        };
      return {
        status: 431,
        statusText: 'Request Header Fields Too Large',
        code: 'headers_too_large',
        reason: `Request headers are larger than the ${Math.round(maxHeaderBytes / 1024)} KB limit (header bytes, maxHeaderSize)`,
      };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return {
        status: 408,
        statusText: 'Request Timeout',
        code: 'header_timeout',
        reason: `The client did not finish sending headers in time (${raw.length} bytes received)`,
      };
    case 'HPE_PAUSED_H2_UPGRADE':
      return {
        status: 505,
        statusText: 'HTTP Version Not Supported',
        code: 'http2_not_supported',
        reason: 'The client spoke HTTP/2 (prior knowledge); the receiver speaks HTTP/1.1',
      };
    default: {
      return {
        status: 400,
        statusText: 'Bad Request',
        code: 'bad_request',
        reason: `The request could not be parsed as HTTP (${code || message})`,
      };
    }
  }
}

export function formatRemote(socket: Socket | null): string {
  if (!socket?.remoteAddress) return 'unknown';
  return socket.remoteAddress.includes(':')
    ? `[${socket.remoteAddress}]:${socket.remotePort}`
    : `${socket.remoteAddress}:${socket.remotePort}`;
}

function countLines(raw: Buffer): number {
  let n = 0;
  for (let at = raw.indexOf(10); at >= 0; at = raw.indexOf(10, at + 1)) n++;
  return n;
}
