// Forwarding under load loses nothing: a burst far larger than what waits in memory, sent to a
// handler that takes 40 ms per request, reaches the handler whole and in order; and deliveries
// still queued when the app stops are made after the next start.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../helpers/in-process-core';

/** Deliveries a target may have between its oldest unanswered one and the newest sent. */
const WINDOW = 8;

interface SlowHandler {
  url: string;
  /** Capture numbers (the request body) in the order their requests arrived. */
  arrivals: number[];
  close(): Promise<void>;
}

async function slowHandler(delayMs: number): Promise<SlowHandler> {
  const arrivals: number[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      arrivals.push(Number(Buffer.concat(chunks).toString()));
      setTimeout(() => res.writeHead(200).end('ok'), delayMs);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrivals,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** POST bodies "0".."n-1", `parallel` at a time, each answered before the next of its lane. */
async function postNumbered(receiverUrl: string, from: number, to: number, parallel = 32): Promise<void> {
  let next = from;
  const statuses: number[] = [];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < to) {
        const n = next++;
        const res = await fetch(`${receiverUrl}/hook/${n}`, { method: 'POST', body: String(n) });
        await res.arrayBuffer();
        statuses.push(res.status);
      }
    }),
  );
  expect(statuses.filter((s) => s !== 200)).toEqual([]);
}

/** Capture id of each numbered request (the clients post in parallel: ids follow arrival at the receiver). */
async function captureIds(core: TestCore): Promise<Map<number, number>> {
  const ids = new Map<number, number>();
  let cursor: string | undefined;
  do {
    const page = await core.service.call('listCaptures', { limit: 1000, ...(cursor ? { cursor } : {}) });
    for (const c of page.items) ids.set(Number(c.path.split('/').at(-1)), c.id);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

/**
 * Deliveries start in capture order, at most WINDOW past the oldest unanswered one: no capture
 * reaches the handler after one stored WINDOW or more captures later has.
 */
function expectInOrder(arrivals: readonly number[], ids: Map<number, number>): void {
  const order = arrivals.map((n) => ids.get(n)!);
  const rank = new Map([...order].sort((a, b) => a - b).map((id, i) => [id, i]));
  let newest = -1;
  const late: number[] = [];
  for (const id of order) {
    const r = rank.get(id)!;
    if (r <= newest - WINDOW) late.push(id);
    newest = Math.max(newest, r);
  }
  expect(late).toEqual([]);
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function forwardTo(core: TestCore, url: string): Promise<void> {
  await core.service.call('setForwardSettings', {
    paused: false,
    targets: [{ id: 'slow', url, enabled: true, pathMode: 'replace', match: {} }],
  });
}

it('delivers all of 5,000 captures to a 40 ms handler, in order, and each row shows the answer', async () => {
  const handler = await slowHandler(40);
  cleanups.push(() => handler.close());
  const core = await startTestCore();
  cleanups.push(() => core.dispose());
  await forwardTo(core, handler.url);

  await postNumbered(core.receiverUrl, 0, 5000);
  // Every capture was acknowledged long before its delivery: the handler is the bottleneck.
  expect(handler.arrivals.length).toBeLessThan(5000);

  await expect.poll(() => handler.arrivals.length, { timeout: 90_000, interval: 250 }).toBe(5000);
  expect(new Set(handler.arrivals).size).toBe(5000);
  expectInOrder(handler.arrivals, await captureIds(core));
  await expect
    .poll(async () => (await core.service.call('getStatus', {})).forwarding, { timeout: 10_000 })
    .toEqual({ forwarded: 5000, failed: 0, dropped: 0 });
  const page = await core.service.call('listCaptures', { limit: 500 });
  expect(page.items.filter((c) => c.forward?.status !== 200)).toEqual([]);
}, 120_000);

it('resumes queued deliveries after a restart, still in order', async () => {
  const handler = await slowHandler(40);
  cleanups.push(() => handler.close());
  const dataDir = mkdtempSync(join(tmpdir(), 'hookscope-forward-restart-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));

  const first = await startTestCore({ dataDir });
  await forwardTo(first, handler.url);
  await postNumbered(first.receiverUrl, 0, 300);
  await expect.poll(() => handler.arrivals.length).toBeGreaterThanOrEqual(40);
  await first.close();
  const beforeRestart = handler.arrivals.length;
  expect(beforeRestart).toBeLessThan(300);

  const second = await startTestCore({ dataDir });
  cleanups.push(() => second.close());
  // New captures after the restart queue behind the ones left over.
  await postNumbered(second.receiverUrl, 300, 320);
  await expect.poll(() => new Set(handler.arrivals).size, { timeout: 30_000 }).toBe(320);
  // Sends that were in flight when the app stopped may be made again (at least once, never lost).
  expect(handler.arrivals.length - 320).toBeLessThanOrEqual(WINDOW);
  expectInOrder([...new Set(handler.arrivals.slice(beforeRestart))], await captureIds(second));
  await expect
    .poll(async () => {
      const page = await second.service.call('listCaptures', { limit: 500 });
      return page.items.filter((c) => c.forward?.status === 200).length;
    })
    .toBe(320);
}, 60_000);
