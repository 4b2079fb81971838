// Forwarding you can see: each forwarded capture's row carries the handler's answer (status and
// time) or why there was none, and the top bar's counters (getStatus.forwarding, `forward.stats`)
// count deliveries, failures and deliveries that were never sent (forwarding paused while they waited).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CaptureSummary, ForwardStats } from '@shared/types';
import { startTestCore, type TestCore } from '../helpers/in-process-core';

let core: TestCore;
let handlerUrl: string;
const held: ServerResponse[] = [];
const handler = createServer((req: IncomingMessage, res: ServerResponse) => {
  req.resume();
  req.on('end', () => {
    if (req.url?.startsWith('/hold')) held.push(res);
    else if (req.url?.startsWith('/deny')) res.writeHead(401).end('bad signature');
    else res.writeHead(200).end('ok');
  });
});

beforeAll(async () => {
  await new Promise<void>((r) => handler.listen(0, '127.0.0.1', r));
  handlerUrl = `http://127.0.0.1:${(handler.address() as AddressInfo).port}`;
  core = await startTestCore();
});
afterAll(async () => {
  await core.dispose();
  handler.closeAllConnections();
  await new Promise<void>((r) => handler.close(() => r()));
});

const post = (path: string) => fetch(`${core.receiverUrl}${path}`, { method: 'POST', body: '{"n":1}' });

async function forwardTo(path: string) {
  await core.service.call('setForwardSettings', {
    paused: false,
    targets: [{ id: 'local', url: `${handlerUrl}${path}`, enabled: true, pathMode: 'replace', match: {} }],
  });
}

it('rows carry the answer, failures and drops are counted, and clearing resets the counters', async () => {
  const stats: ForwardStats[] = [];
  const off = core.service.on('forward.stats', (s) => stats.push(s));
  const updates: CaptureSummary[] = [];
  const offUpdates = core.service.on('capture.updated', (c) => updates.push(c));

  await forwardTo('/ok');
  await post('/a');
  // Targets are read at send time: let /a go before changing them.
  await expect.poll(async () => (await core.service.call('getStatus', {})).forwarding.forwarded).toBe(1);
  await forwardTo('/deny');
  await post('/b');
  await expect
    .poll(async () => (await core.service.call('getStatus', {})).forwarding)
    .toEqual({ forwarded: 2, failed: 1, dropped: 0 });
  const page = await core.service.call('listCaptures', {});
  const byPath = (p: string) => page.items.find((c) => c.path === p)!;
  expect(byPath('/a').forward).toMatchObject({ targets: 1, failed: 0, status: 200, error: null });
  expect(byPath('/b').forward).toMatchObject({ targets: 1, failed: 1, status: 401, error: null });
  expect(byPath('/b').forward!.ms).toBeGreaterThanOrEqual(0);
  // Whichever comes last (the analysis or the forward), the row's latest update carries the answer.
  await expect.poll(() => updates.filter((c) => c.path === '/b').at(-1)?.forward?.status).toBe(401);

  // A handler that does not answer: 8 sends in flight, the rest wait in the queue (none dropped).
  await forwardTo('/hold');
  for (let i = 0; i < 12; i++) expect((await post(`/burst/${i}`)).status).toBe(200);
  await expect.poll(() => held.length).toBe(8);
  expect((await core.service.call('getStatus', {})).forwarding.dropped).toBe(0);
  // Pausing while 4 still wait: those are not sent, and each says so.
  await core.service.call('setForwardSettings', {
    ...(await core.service.call('getForwardSettings', {})),
    paused: true,
  });
  for (const res of held.splice(0)) res.writeHead(503).end();
  await expect
    .poll(async () => (await core.service.call('getStatus', {})).forwarding)
    .toEqual({ forwarded: 10, failed: 9, dropped: 4 });
  expect(stats.at(-1)).toEqual({ forwarded: 10, failed: 9, dropped: 4 });
  const dropped = (await core.service.call('listCaptures', {})).items.filter(
    (c) => c.forward?.error === 'not_sent',
  );
  expect(dropped.map((c) => c.path).sort()).toEqual(['/burst/10', '/burst/11', '/burst/8', '/burst/9']);
  expect(dropped[0]!.forward).toMatchObject({ failed: 1, status: null, ms: null });
  const detail = await core.service.call('getCapture', { id: dropped[0]!.id });
  expect(detail.forwards[0]!.error?.message).toContain('paused');

  await core.service.call('clearCaptures', {});
  expect((await core.service.call('getStatus', {})).forwarding).toEqual({
    forwarded: 0,
    failed: 0,
    dropped: 0,
  });
  expect(stats.at(-1)).toEqual({ forwarded: 0, failed: 0, dropped: 0 });
  off();
  offUpdates();
});
