// One HTTP exchange with exact bytes, over node:http(s) rather than fetch: fetch (undici) merges
// duplicate headers, lower-cases names and may add its own, while a replay must arrive as received.
// Headers go as a flat raw list, so order, case and duplicates survive. Never throws: every
// failure becomes an outcome with a stable code.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { SendOutcome } from '@shared/replay-types';
import { classifySendError } from './send-errors';

export interface OutgoingRequest {
  method: string;
  url: string;
  /** Final wire headers (see outgoingHeaders): sent exactly like this. */
  headers: [string, string][];
  body: Buffer;
}

export interface SendOptions {
  /** Whole exchange, connect to last response byte. Default 10 s. */
  timeoutMs?: number;
  /** Response body bytes kept; the rest is counted and discarded. Default 1 MB. */
  maxResponseBytes?: number;
  targetId?: string | null;
}

export const DEFAULT_SEND_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

export function sendRequest(req: OutgoingRequest, options: SendOptions = {}): Promise<SendOutcome> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  const base = { targetId: options.targetId ?? null, url: req.url, startedAt };

  return new Promise((resolve) => {
    let settled = false;
    let latencyMs: number | null = null;
    const finish = (
      outcome: Omit<SendOutcome, 'targetId' | 'url' | 'startedAt' | 'durationMs' | 'latencyMs'>,
    ) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...base, latencyMs, durationMs: Math.round((performance.now() - t0) * 10) / 10, ...outcome });
    };
    const fail = (error: NodeJS.ErrnoException) =>
      finish({ response: null, error: classifySendError(error, req.url, timeoutMs) });

    let target: URL;
    try {
      target = new URL(req.url);
    } catch (error) {
      return fail(Object.assign(error as Error, { code: 'ERR_INVALID_URL' }));
    }
    const send =
      target.protocol === 'https:' ? httpsRequest : target.protocol === 'http:' ? httpRequest : null;
    if (!send)
      return fail(
        Object.assign(new Error(`unsupported protocol ${target.protocol}`), { code: 'ERR_INVALID_URL' }),
      );

    const timer = setTimeout(() => {
      const error = Object.assign(new Error('timeout'), { code: 'HOOKSCOPE_TIMEOUT' });
      fail(error);
      outgoing?.destroy(error);
    }, timeoutMs);

    let outgoing: ReturnType<typeof httpRequest> | undefined;
    try {
      outgoing = send({
        protocol: target.protocol,
        hostname: target.hostname.replace(/^\[|\]$/g, ''),
        port: target.port || undefined,
        method: req.method,
        path: target.pathname + target.search,
        // A raw [name, value, name, value…] list: Node sends it verbatim (no merging, no re-casing).
        headers: req.headers.flat(),
        // One connection per send: no pooled socket can carry a half-read answer into the next replay.
        agent: false,
        // Node would otherwise add "Connection: close" only; we also send no defaults of our own.
        setHost: false,
      });
    } catch (error) {
      return fail(error as NodeJS.ErrnoException);
    }
    outgoing.on('error', fail);
    outgoing.on('response', (res: IncomingMessage) => {
      latencyMs = Math.round((performance.now() - t0) * 10) / 10;
      const chunks: Buffer[] = [];
      let kept = 0;
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (kept < maxBytes) {
          const part = chunk.subarray(0, maxBytes - kept);
          chunks.push(part);
          kept += part.length;
        }
      });
      res.on('error', fail);
      // The handler hung up halfway through its answer: a reset, not a short success.
      res.on('close', () => {
        if (!res.complete) fail(Object.assign(new Error('response cut short'), { code: 'ECONNRESET' }));
      });
      res.on('end', () =>
        finish({
          response: {
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? '',
            headers: pairs(res.rawHeaders),
            bodyBase64: Buffer.concat(chunks).toString('base64'),
            bodySize: size,
            bodyTruncated: size > kept,
          },
          error: null,
        }),
      );
    });
    outgoing.end(req.body.length > 0 ? req.body : undefined);
  });
}

function pairs(raw: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i]!, raw[i + 1]!]);
  return out;
}
