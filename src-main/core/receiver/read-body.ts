// Read a request body as wire bytes (Node has already removed chunked framing; nothing is
// decompressed or decoded). Past `limit`, keep only the first `keepOnOverflow` bytes but go on
// counting and draining, so the client still reads our 413 instead of a connection reset.
import type { IncomingMessage } from 'node:http';
import { SMALL_BODY_BYTES, type BodyBudget } from './body-budget';

export type BodyOutcome = 'complete' | 'too_large' | 'timeout' | 'too_slow' | 'aborted' | 'over_budget';

export interface BodyReadResult {
  body: Buffer;
  /** Bytes seen on the wire (or declared by Content-Length when we stopped early). */
  size: number;
  truncated: boolean;
  outcome: BodyOutcome;
  /** Bytes taken from the budget for this body: give them back once the body is stored. */
  reserved: number;
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
  /** Memory for bodies in flight, shared by every request (body-budget.ts). */
  budget?: BodyBudget;
}

export function readBody(req: IncomingMessage, options: BodyReadOptions): Promise<BodyReadResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let size = 0;
    let overflow = false;
    let overBudget = false;
    let settled = false;
    let reserved = 0;
    const declared = Number.parseInt(req.headers['content-length'] ?? '', 10);
    const budget = options.budget;
    // With a declared length within the limit, bytes go straight into one buffer of that size: no
    // chunk list and no Buffer.concat copy at the end (peak memory = the body once).
    let whole: Buffer | null = null;

    /** Bytes held beyond the small-body allowance come from the shared budget. */
    const reserve = (total: number): boolean => {
      if (!budget) return true;
      const needed = Math.max(0, total - SMALL_BODY_BYTES) - reserved;
      if (needed <= 0) return true;
      if (!budget.take(needed)) return false;
      reserved += needed;
      return true;
    };
    const keepPrefixOnly = (): void => {
      const all = whole ? whole.subarray(0, kept) : Buffer.concat(chunks, kept);
      whole = null;
      chunks.length = 0;
      const prefix = Buffer.from(all.subarray(0, options.keepOnOverflow));
      chunks.push(prefix);
      kept = prefix.length;
      budget?.release(reserved);
      reserved = 0;
    };

    const finish = (outcome: BodyOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(deadline);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('aborted', onAborted);
      req.off('error', onAborted);
      // Drain the rest (discarded) so the client can read the answer; too_large drains in onData.
      if (outcome !== 'complete' && outcome !== 'too_large') req.resume();
      const reportedSize =
        (outcome === 'too_large' || outcome === 'over_budget') && Number.isFinite(declared)
          ? Math.max(declared, size)
          : size;
      resolve({
        body: whole ? whole.subarray(0, kept) : Buffer.concat(chunks, kept),
        size: reportedSize,
        truncated: outcome !== 'complete',
        outcome,
        reserved,
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
        keepPrefixOnly();
      }
      if (!overflow && !reserve(size)) {
        overflow = true;
        overBudget = true;
        keepPrefixOnly();
      }
      if (!overflow) {
        if (whole && kept + chunk.length <= whole.length) {
          chunk.copy(whole, kept);
        } else {
          if (whole) {
            chunks.push(whole.subarray(0, kept));
            whole = null;
          }
          chunks.push(chunk);
        }
        kept += chunk.length;
      } else if (kept < options.keepOnOverflow) {
        const part = chunk.subarray(0, options.keepOnOverflow - kept);
        chunks.push(part);
        kept += part.length;
      }
      if (overflow && size > options.maxDrainBytes) finish(overBudget ? 'over_budget' : 'too_large');
    };
    const onEnd = () => finish(overBudget ? 'over_budget' : overflow ? 'too_large' : 'complete');
    const onAborted = () => finish('aborted');

    if (Number.isFinite(declared) && declared > options.maxDrainBytes) {
      // Hopelessly large: don't read gigabytes just to refuse them.
      overflow = true;
    } else if (Number.isFinite(declared) && declared <= options.limit) {
      // The whole declared length is reserved before reading: all of it or a 503 at once.
      if (reserve(declared)) {
        if (declared > 0) whole = Buffer.allocUnsafe(declared);
      } else {
        overflow = true;
        overBudget = true;
      }
    }
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('aborted', onAborted);
    req.on('error', onAborted);
    if (overflow && Number.isFinite(declared) && (declared > options.maxDrainBytes || overBudget)) {
      // Take what is already buffered for the prefix, then answer: a busy answer need not wait
      // for the rest of the body (the receiver keeps the connection open while Node discards it).
      setImmediate(() => finish(overBudget ? 'over_budget' : 'too_large'));
    }
  });
}
