// Read a request body as wire bytes (Node has already removed chunked framing; nothing is
// decompressed or decoded). Past `limit`, keep only the first `keepOnOverflow` bytes but go on
// counting and draining, so the client still reads our 413 instead of a connection reset.
import type { IncomingMessage } from 'node:http';

export type BodyOutcome = 'complete' | 'too_large' | 'timeout' | 'too_slow' | 'aborted';

export interface BodyReadResult {
  body: Buffer;
  /** Bytes seen on the wire (or declared by Content-Length when we stopped early). */
  size: number;
  truncated: boolean;
  outcome: BodyOutcome;
}

export interface BodyReadOptions {
  limit: number;
  keepOnOverflow: number;
  /** Give up when no body bytes arrive for this long (slow-loris protection). */
  idleTimeoutMs: number;
  /** Stop draining an oversize body after this many bytes and close the connection. */
  maxDrainBytes: number;
  /**
   * The whole body must have arrived within this long. The idle timer alone lets a client that
   * sends one byte every few seconds hold a connection (and its memory) for ever; a thousand of them
   * would make the receiver unreachable.
   */
  deadlineMs?: number;
}

export function readBody(req: IncomingMessage, options: BodyReadOptions): Promise<BodyReadResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let size = 0;
    let overflow = false;
    let settled = false;
    const declared = Number.parseInt(req.headers['content-length'] ?? '', 10);

    const finish = (outcome: BodyOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(deadline);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('aborted', onAborted);
      req.off('error', onAborted);
      if (outcome !== 'complete' && outcome !== 'too_large') req.resume();
      const reportedSize =
        outcome === 'too_large' && Number.isFinite(declared) ? Math.max(declared, size) : size;
      resolve({
        body: Buffer.concat(chunks, kept),
        size: reportedSize,
        truncated: outcome !== 'complete',
        outcome,
      });
    };

    const timer = setTimeout(() => finish('timeout'), options.idleTimeoutMs);
    const deadline = options.deadlineMs
      ? setTimeout(() => finish('too_slow'), options.deadlineMs)
      : undefined;
    const onData = (chunk: Buffer) => {
      timer.refresh(); // restart the idle clock without allocating a new timer per chunk
      size += chunk.length;
      if (!overflow && size > options.limit) {
        overflow = true;
        // Drop what we had beyond the prefix we keep for rejected captures.
        const all = Buffer.concat(chunks, kept);
        chunks.length = 0;
        chunks.push(all.subarray(0, options.keepOnOverflow));
        kept = Math.min(kept, options.keepOnOverflow);
      }
      if (!overflow) {
        chunks.push(chunk);
        kept += chunk.length;
      } else if (kept < options.keepOnOverflow) {
        const part = chunk.subarray(0, options.keepOnOverflow - kept);
        chunks.push(part);
        kept += part.length;
      }
      if (overflow && size > options.maxDrainBytes) finish('too_large');
    };
    const onEnd = () => finish(overflow ? 'too_large' : 'complete');
    const onAborted = () => finish('aborted');

    if (Number.isFinite(declared) && declared > options.maxDrainBytes) {
      // Hopelessly large: don't read gigabytes just to refuse them.
      overflow = true;
    }
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('aborted', onAborted);
    req.on('error', onAborted);
    if (overflow && Number.isFinite(declared) && declared > options.maxDrainBytes) {
      // Take what is already buffered for the prefix, then answer.
      setImmediate(() => finish('too_large'));
    }
  });
}
