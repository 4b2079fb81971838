// Slow drips at scale: 1,000 clients each trickling a body a byte at a time cannot make the
// receiver unreachable. While they drip, a normal webhook is answered and stored; each of them is
// cut by the whole-body deadline (not only the idle timer, which a drip keeps resetting), answered
// 408 and recorded once.
import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../helpers/in-process-core';

const CLIENTS = 1000;

let core: TestCore;
beforeAll(async () => {
  core = await startTestCore({ bodyIdleTimeoutMs: 1000, bodyDeadlineMs: 5000 });
});
afterAll(() => core.dispose());

async function allCaptures() {
  const items: { id: number; path: string; kind: string; status: number; note: string | null }[] = [];
  let cursor: string | undefined;
  do {
    const page = await core.service.call('listCaptures', { limit: 500, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

interface Drip {
  /** Resolves once the connection is up and the headers and first byte are written. */
  started: Promise<void>;
  /** Everything the receiver answered, once it closed the connection or stopped answering. */
  answer: Promise<string>;
}

/** A client that sends its headers, then one body byte every 200 ms: never done before the deadline. */
function drip(url: string, i: number): Drip {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  let timer: NodeJS.Timeout | undefined;
  let received = '';
  const started = new Promise<void>((resolve) =>
    socket.once('connect', () => {
      socket.write(`POST /drip/${i} HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nd`, () => resolve());
      timer = setInterval(() => socket.write('d'), 200);
    }),
  );
  const answer = new Promise<string>((resolve) => {
    const done = () => {
      clearInterval(timer);
      socket.destroy();
      resolve(received);
    };
    socket.on('data', (d: Buffer) => {
      received += d.toString('latin1');
      // Answered: stop dripping (a client that went on would get a reset).
      if (/\r\n\r\n/.test(received)) done();
    });
    socket.on('close', done);
    socket.on('error', done);
  });
  return { started, answer };
}

it(`${CLIENTS} clients dripping a body cannot block a normal webhook, and each is cut by the deadline`, async () => {
  const drips = Array.from({ length: CLIENTS }, (_, i) => drip(core.receiverUrl, i));
  await Promise.all(drips.map((d) => d.started));

  // Every drip is connected and under way: a normal webhook is still answered and stored exactly.
  const res = await fetch(`${core.receiverUrl}/during-drips`, { method: 'POST', body: 'hello' });
  expect(res.status).toBe(200);
  const normal = (await allCaptures()).filter((c) => c.path === '/during-drips');
  expect(normal).toHaveLength(1);
  expect(
    Buffer.from(
      (await core.service.call('getCapture', { id: normal[0]!.id })).bodyBase64,
      'base64',
    ).toString(),
  ).toBe('hello');
  // It did not wait for the drips: none of them has been answered yet.
  expect((await allCaptures()).filter((c) => c.path.startsWith('/drip/'))).toEqual([]);

  const answers = await Promise.all(drips.map((d) => d.answer));
  expect(answers.filter((a) => !a.startsWith('HTTP/1.1 408 '))).toEqual([]);
  const dripped = (await allCaptures()).filter((c) => c.path.startsWith('/drip/'));
  expect(new Set(dripped.map((c) => c.path)).size).toBe(CLIENTS);
  expect(dripped).toHaveLength(CLIENTS);
  expect(dripped.filter((c) => c.kind !== 'rejected' || c.status !== 408)).toEqual([]);
  expect(dripped[0]!.note).toMatch(/still incomplete after 5 s/);
}, 60_000);
