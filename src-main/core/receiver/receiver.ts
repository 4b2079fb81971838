// The receiver: the only listener a provider (through the tunnel) can reach. It knows no control
// routes. Every request on every path is captured byte-exact and stored *before* it is answered,
// so a 2xx means the capture is on disk.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { HeaderPair } from '@shared/types';
import type { CaptureStore, NewCapture } from '../store/capture-store';
import { nowMicros } from '../store/clock';
import type { Logger } from '../log/logger';
import { readBody, type BodyOutcome, type BodyReadResult } from './read-body';
import { BodyBudget } from './body-budget';
import { answerReceiverHandshake } from '../providers/receiver-handshake';
import { operationNames } from '@shared/contract';
import type { ResponseRule } from '@shared/replay-types';
import { answerWithRule, decideResponse } from '../replay';
import { signerOf } from '../providers/signer-of';
import { FailureEpisode, storageAdvice } from '../log/failure-episode';
import { isStorageError } from '../store/storage-error';
import { formatRemote, recordClientError } from './client-error';
import { tapOf, tapSocket } from './request-bytes';
import { answerConnect, answerUnmetExpectation } from './unusual-requests';

export interface ReceiverOptions {
  store: Pick<CaptureStore, 'insert' | 'dataDir'>;
  logger: Logger;
  maxBodyBytes: () => number;
  /** Memory for bodies in flight over all requests (default 256 MB); past it large bodies get 503. */
  inFlightBudgetBytes?: number;
  metaVerifyToken: () => string | null;
  /** Stored secret values of a provider, primary first: handshakes that check a signature need them. */
  secretsOf?: (provider: string) => readonly string[];
  /** Called after a capture is stored and answered. */
  onCaptured?: (id: number) => void;
  bodyIdleTimeoutMs?: number;
  /** The whole body must arrive within this long (slow drips), default 120 s. */
  bodyDeadlineMs?: number;
  headersTimeoutMs?: number;
  /** Custom responses, read per request; none matching = the default "200 after storing". */
  responseRules?: () => readonly ResponseRule[];
  /** settings.providerByPath: the provider forced for captures under a path. */
  providerByPath?: () => readonly { pathPrefix: string; provider: string }[];
}

export interface Receiver {
  server: Server;
  listen(port: number, host: string): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
}

/** Rejected bodies keep this much so the user can still see what was sent. */
export const REJECTED_PREFIX_BYTES = 64 * 1024;
const MAX_HEADER_BYTES = 256 * 1024;
const MAX_HEADER_COUNT = 10_000;
/** Time for a whole body: 25 MB at ~200 KB/s; a provider's own timeout is far shorter. */
const DEFAULT_BODY_DEADLINE_MS = 120_000;
/** Retry-After of a 503 answered because the in-flight body budget was spent. */
const BUSY_RETRY_AFTER_S = 2;
const DEFAULT_ACK = Buffer.from('{"ok":true,"source":"hookscope"}');
// Control routes exist only on the inspector port. Probing them here gets a 404 (still captured),
// while ordinary webhook paths such as /api/webhooks/stripe are received as usual.
const CONTROL_PATH = new RegExp(`^/api/(?:${[...operationNames, 'events'].join('|')})(?:[/?]|$)`);
const CONTROL_PATH_ANSWER = Buffer.from(
  JSON.stringify({
    error: 'not_found',
    message: 'This is the Hookscope receiver; the control API is not served on this port.',
  }),
);

export function createReceiver(receiverOptions: ReceiverOptions): Receiver {
  const options = withFailureReporting(receiverOptions);
  const budget = new BodyBudget(receiverOptions.inFlightBudgetBytes);
  // A plain node:http handler: the receiver has one route (everything), and Express's per-request
  // work (prototype swaps, the router) cost as much CPU as the rest of a 1 KB capture.
  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    handleRequest(req, res, options, budget).catch((error: unknown) => {
      // Storage failures are reported once per episode by the store wrapper.
      if (!isStorageError(error)) options.logger.error(`receiver: ${(error as Error).message}`);
      if (!res.headersSent) {
        const body = JSON.stringify({
          error: 'capture_failed',
          message: 'Hookscope could not store this request; it was not acknowledged. Check disk space.',
        });
        res.writeHead(500, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
        res.end(body);
      }
    });
  };

  const server = createServer(
    {
      // 1,000 webhook headers must fit: Node's default 16 KB limit would answer 431 first.
      maxHeaderSize: MAX_HEADER_BYTES,
      // Node would answer an HTTP/1.1 request without Host 400 by itself, unrecorded.
      requireHostHeader: false,
      headersTimeout: options.headersTimeoutMs ?? 15_000,
      // How often Node checks that timeout (default 30 s would let a stalled client sit for longer).
      connectionsCheckingInterval: Math.min(1_000, Math.max(50, (options.headersTimeoutMs ?? 15_000) / 4)),
      requestTimeout: 0, // the body idle timeout in readBody() replaces the whole-request timer
      keepAliveTimeout: 5_000,
    },
    onRequest,
  );
  server.maxHeadersCount = MAX_HEADER_COUNT;
  // A client may half-close its side once it has sent the body (socket.end()). Node would then
  // close the connection under a request still being stored (a large body is written over several
  // turns of the loop) and the client would never read its answer: let the answer go out first. A
  // body cut short by that close is still a hang-up (the parser reports the early end).
  (server as Server & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;
  const refusals = {
    insert: (capture: NewCapture) => options.store.insert(capture),
    logger: options.logger,
    onCaptured: options.onCaptured,
    maxHeaderBytes: MAX_HEADER_BYTES,
    maxHeaderCount: MAX_HEADER_COUNT,
    keepBytes: REJECTED_PREFIX_BYTES,
    onFailure: (error: unknown) => {
      if (!isStorageError(error)) options.logger.error(`receiver: ${(error as Error).message}`);
    },
  };
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket) => {
    recordClientError(error, socket, refusals);
  });
  // Node answers these by itself unless someone listens: record them first.
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) =>
    answerUnmetExpectation(req, res, refusals),
  );
  server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) =>
    answerConnect(req, socket, head, refusals),
  );

  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    // The request line and headers of a request Node refuses are only known from the raw bytes.
    tapSocket(socket, MAX_HEADER_BYTES + 8 * 1024);
    socket.on('close', () => sockets.delete(socket));
  });

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        const onError = (error: NodeJS.ErrnoException) => {
          reject(
            new Error(
              error.code === 'EADDRINUSE'
                ? `Port ${port} on ${host} is already in use. Stop the other program or choose another receiver port (--receiver-port).`
                : `The receiver could not listen on ${host}:${port}: ${error.message}`,
            ),
          );
        };
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          const address = server.address() as AddressInfo;
          const shownHost = host.includes(':') ? `[${host}]` : host;
          resolve({ port: address.port, url: `http://${shownHost}:${address.port}` });
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}

/**
 * While the store cannot write (disk full, busy), every request is answered 500 capture_failed:
 * log that once with what to do, and once when captures are stored again.
 */
function withFailureReporting(options: ReceiverOptions): ReceiverOptions {
  const episode = new FailureEpisode(
    options.logger,
    'Storing captures',
    storageAdvice(options.store.dataDir),
  );
  const store = options.store;
  return {
    ...options,
    store: {
      dataDir: store.dataDir,
      insert: (capture) =>
        store.insert(capture).then(
          (id) => {
            episode.succeeded();
            return id;
          },
          (error: unknown) => {
            episode.failed(error);
            throw error;
          },
        ),
    },
  };
}

async function handleRequest(
  req: IncomingMessage,
  res: ServerResponse,
  options: ReceiverOptions,
  budget: BodyBudget,
): Promise<void> {
  const receivedAtUs = nowMicros();
  const tap = tapOf(req.socket);
  if (tap) {
    tap.requestParsed({
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      contentLength: Number.parseInt(req.headers['content-length'] ?? '', 10) || 0,
      chunked: /chunked/i.test(req.headers['transfer-encoding'] ?? ''),
    });
    res.once('finish', () => tap.answerSent());
  }
  const limit = options.maxBodyBytes();
  const read = await readBody(req, {
    limit,
    keepOnOverflow: REJECTED_PREFIX_BYTES,
    idleTimeoutMs: options.bodyIdleTimeoutMs ?? 15_000,
    maxDrainBytes: limit + 64 * 1024 * 1024,
    deadlineMs: options.bodyDeadlineMs ?? DEFAULT_BODY_DEADLINE_MS,
    budget,
  });
  try {
    await answerRequest(req, res, options, receivedAtUs, read);
  } finally {
    // The body is stored (or refused): its bytes no longer count as in flight.
    budget.release(read.reserved);
  }
}

async function answerRequest(
  req: IncomingMessage,
  res: ServerResponse,
  options: ReceiverOptions,
  receivedAtUs: number,
  read: BodyReadResult,
): Promise<void> {
  const headers = pairHeaders(req.rawHeaders);
  const path = req.url ?? '/';
  const method = req.method ?? 'GET';
  const limit = options.maxBodyBytes();

  const base: Omit<NewCapture, 'status' | 'responseHeaders' | 'responseBody' | 'kind' | 'note'> = {
    receivedAtUs,
    method,
    path,
    httpVersion: req.httpVersion,
    remoteAddress: formatRemote(req.socket),
    headers,
    body: read.body,
    bodySize: read.size,
    bodyTruncated: read.truncated,
    contentType: req.headers['content-type'] ?? null,
    // Known once the body has ended (chunked bodies only).
    trailers: pairHeaders(req.rawTrailers),
  };

  if (read.outcome !== 'complete') {
    const answer = rejectionFor(
      read.outcome,
      limit,
      read.size,
      options.bodyDeadlineMs ?? DEFAULT_BODY_DEADLINE_MS,
      tapOf(req.socket)?.bodyError ?? null,
    );
    const responseBody = Buffer.from(JSON.stringify({ error: answer.code, message: answer.message }));
    // A busy answer goes out before the body has arrived. Closing then would reset a connection the
    // client is still writing to (it reads EPIPE or a reset, not the 503): the connection stays
    // open and Node discards the rest of the body, bounded by its declared length (≤ the body
    // limit). Only a chunked body cut off at the drain bound is closed on.
    const keepOpen =
      read.outcome === 'over_budget' && (req.complete || req.headers['content-length'] !== undefined);
    const responseHeaders: HeaderPair[] = [
      ['Content-Type', 'application/json'],
      ...(read.outcome === 'over_budget'
        ? ([['Retry-After', String(BUSY_RETRY_AFTER_S)]] as HeaderPair[])
        : []),
      ...(keepOpen ? [] : ([['Connection', 'close']] as HeaderPair[])),
    ];
    await options.store.insert({
      ...base,
      status: answer.status,
      responseHeaders,
      responseBody,
      kind: 'rejected',
      note: answer.message,
    });
    if (read.outcome !== 'aborted' && !res.headersSent && !res.socket?.destroyed) {
      res.writeHead(answer.status, Object.fromEntries(responseHeaders));
      res.end(responseBody);
    }
    return;
  }

  // Providers' URL checks (Meta's GET hub.challenge…) are answered here; each hook declares the
  // methods it looks at, so ordinary POSTs cost one comparison.
  const handshake = answerReceiverHandshake(
    { method, path, headers, body: read.body },
    // Meta's hub.verify_token is the only verify-token setting today.
    (provider) => (provider === 'meta' ? options.metaVerifyToken() : null),
    (provider) => options.secretsOf?.(provider) ?? [],
  );
  const controlProbe = !handshake && CONTROL_PATH.test(path);
  const status = handshake?.status ?? (controlProbe ? 404 : 200);
  const contentType = handshake?.contentType ?? 'application/json';
  const responseBody = handshake
    ? Buffer.from(handshake.body)
    : controlProbe
      ? CONTROL_PATH_ANSWER
      : DEFAULT_ACK;
  const responseHeaders: HeaderPair[] = [['Content-Type', contentType], ...(handshake?.headers ?? [])];

  const rules = handshake || controlProbe ? [] : (options.responseRules?.() ?? []);
  const decision =
    rules.length > 0
      ? decideResponse(rules, {
          method,
          path,
          // Detection runs only if a rule matches on provider.
          provider: () =>
            signerOf({
              method,
              path,
              headers,
              body: read.body,
              providerByPath: options.providerByPath?.() ?? [],
            })?.provider ?? null,
        })
      : null;
  if (decision) {
    // Stored before any delay, so "acknowledged means stored" holds for rule answers too.
    const ruleCaptureId = await options.store.insert({
      ...base,
      status: decision.drop ? 0 : decision.status,
      responseHeaders: decision.drop ? [] : decision.headers,
      responseBody: decision.drop ? Buffer.alloc(0) : decision.body,
      kind: 'request',
      note: `Response rule "${decision.ruleName}": ${decision.drop ? 'connection dropped' : `answered ${decision.status}`}${decision.delayMs ? ` after ${decision.delayMs} ms` : ''}`,
    });
    options.onCaptured?.(ruleCaptureId);
    await answerWithRule(res, decision, method === 'HEAD');
    return;
  }

  const id = await options.store.insert({
    ...base,
    status,
    responseHeaders,
    responseBody,
    kind: handshake ? 'handshake' : 'request',
    note: handshake?.note ?? null,
  });
  res.writeHead(status, [...responseHeaders, ['Content-Length', String(responseBody.length)]].flat());
  // As latin1 text (byte for byte the same), Node sends the head and the body in one write
  // instead of a writev of two buffers: a measurable share of a small capture's cost.
  if (method === 'HEAD') res.end();
  else res.end(responseBody.toString('latin1'), 'latin1');
  options.onCaptured?.(id);
}

function rejectionFor(
  outcome: Exclude<BodyOutcome, 'complete'>,
  limit: number,
  size: number,
  deadlineMs: number,
  bodyError: string | null,
): { status: number; code: string; message: string } {
  if (outcome === 'aborted' && bodyError)
    return {
      status: 400,
      code: 'bad_body',
      message: `After ${formatBytes(size)}, ${bodyError}; the part received was kept.`,
    };
  switch (outcome) {
    case 'too_slow':
      return {
        status: 408,
        code: 'body_too_slow',
        message: `The body was still incomplete after ${deadlineMs / 1000} s (${formatBytes(size)} received); the part received was kept.`,
      };
    case 'over_budget':
      return {
        status: 503,
        code: 'receiver_busy',
        message: `Body of ${formatBytes(size)} refused: other large bodies in flight already use the receiver's memory budget. The sender was asked to retry in ${BUSY_RETRY_AFTER_S} s.`,
      };
    case 'too_large':
      return {
        status: 413,
        code: 'payload_too_large',
        message: `Body of ${formatBytes(size)} is over the ${formatBytes(limit)} limit; the first 64 KB were kept. Raise the limit in settings to capture it whole.`,
      };
    case 'timeout':
      return {
        status: 408,
        code: 'body_timeout',
        message: `The client stopped sending the body after ${formatBytes(size)}; the part received was kept.`,
      };
    case 'aborted':
      return {
        status: 400,
        code: 'client_aborted',
        message: `The client closed the connection after ${formatBytes(size)} of the body; the part received was kept.`,
      };
  }
}

function pairHeaders(raw: string[]): HeaderPair[] {
  const pairs: HeaderPair[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]);
  return pairs;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
