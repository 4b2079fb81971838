// Writes an operation's result as JSON without holding the event loop (which is also the
// receiver's). A capture's detail can carry a 25 MB body as 33 MB of base64: one JSON.stringify of
// it and the conversion to bytes took tens of ms on the loop, and the whole answer sat in memory
// twice. Long strings are written instead in slices, one per turn of the loop (waiting for the
// socket to drain), around a skeleton holding everything else, which is small and encoded at once.
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';

/** Strings longer than this are written in slices of this many characters. */
const SLICE_CHARS = 256 * 1024;

export async function sendJson(res: Response, status: number, value: unknown): Promise<void> {
  const long: string[] = [];
  const marker = `\u0000hookscope-slice-${randomUUID()}-`;
  const skeleton = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'string' || v.length <= SLICE_CHARS) return v;
    long.push(v);
    return `${marker}${long.length - 1}`;
  });
  res.status(status);
  if (long.length === 0) {
    res.type('application/json').send(skeleton);
    return;
  }
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  // The marker is written as JSON escapes it ("\u0000…"): split the skeleton where each one stands.
  const escaped = JSON.stringify(marker).slice(1, -1);
  const pieces = skeleton.split(new RegExp(`"${escapeRegExp(escaped)}(\\d+)"`));
  for (let i = 0; i < pieces.length; i++) {
    if (i % 2 === 0) {
      await write(res, pieces[i]!);
      continue;
    }
    const text = long[Number(pieces[i])]!;
    await write(res, '"');
    for (let at = 0; at < text.length; at += SLICE_CHARS) {
      // Escaped slice by slice; a surrogate pair cut in two becomes two escapes that a JSON
      // parser joins again, so the text read back is the same.
      await write(res, JSON.stringify(text.slice(at, at + SLICE_CHARS)).slice(1, -1));
      await nextTurn();
      if (res.destroyed) return;
    }
    await write(res, '"');
  }
  res.end();
}

/** Write, and when the socket's buffer is full wait until it drains (or the client is gone). */
function write(res: Response, chunk: string): Promise<void> {
  if (res.destroyed || res.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
