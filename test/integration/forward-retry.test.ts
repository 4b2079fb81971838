// Retry: a failed or unsent forward is queued again from the UI (one capture, or every failed one);
// the handler receives the same bytes again, the new answer replaces the old one on the capture, and
// the top bar's counters stop counting the failure.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../helpers/in-process-core';

let core: TestCore;
let handlerUrl: string;
let answer = 503;
const received: string[] = [];
const handler = createServer((req: IncomingMessage, res: ServerResponse) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    received.push(Buffer.concat(chunks).toString());
    res.writeHead(answer).end();
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
beforeEach(async () => {
  await core.service.call('clearCaptures', {});
  received.length = 0;
  answer = 503;
  await forwardTo(handlerUrl);
});

async function forwardTo(url: string, paused = false) {
  await core.service.call('setForwardSettings', {
    paused,
    targets: [{ id: 'local', url, enabled: true, pathMode: 'replace', match: {} }],
  });
}

async function postAndWaitForForward(body: string): Promise<number> {
  const before = (await core.service.call('listCaptures', {})).items.length;
  expect((await fetch(`${core.receiverUrl}/hook`, { method: 'POST', body })).status).toBe(200);
  await expect
    .poll(async () => (await core.service.call('listCaptures', {})).items.filter((c) => c.forward).length)
    .toBe(before + 1);
  return (await core.service.call('listCaptures', {})).items[0]!.id;
}

const forwardOf = async (id: number) => (await core.service.call('getCapture', { id })).forwards;

it('retries one failed delivery: same bytes again, the new answer replaces the old, the failure is no longer counted', async () => {
  const id = await postAndWaitForForward('{"order":1}');
  expect((await forwardOf(id))[0]!.response?.status).toBe(503);
  expect((await core.service.call('getStatus', {})).forwarding).toEqual({
    forwarded: 1,
    failed: 1,
    dropped: 0,
  });

  answer = 200;
  expect(await core.service.call('retryForward', { id })).toEqual({ queued: 1 });
  await expect.poll(async () => (await forwardOf(id)).map((o) => o.response?.status)).toEqual([200]);
  expect(received).toEqual(['{"order":1}', '{"order":1}']);
  expect((await core.service.call('getStatus', {})).forwarding).toEqual({
    forwarded: 1,
    failed: 0,
    dropped: 0,
  });
  const row = (await core.service.call('listCaptures', {})).items.find((c) => c.id === id)!;
  expect(row.forward).toMatchObject({ targets: 1, failed: 0, status: 200 });
});

it('retries every failed and unsent delivery at once', async () => {
  const failedId = await postAndWaitForForward('a');
  // A target that refuses connections: no answer at all.
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise<void>((r) => closed.close(() => r()));
  await forwardTo(closedUrl);
  const refusedId = await postAndWaitForForward('b');
  expect((await forwardOf(refusedId))[0]!.error?.code).toBe('connection_refused');

  await forwardTo(handlerUrl);
  answer = 200;
  const okId = await postAndWaitForForward('c');
  expect(await core.service.call('retryFailedForwards', {})).toEqual({ queued: 2, captures: 2 });
  await expect
    .poll(async () =>
      [await forwardOf(failedId), await forwardOf(refusedId)].map((f) => f[0]!.response?.status),
    )
    .toEqual([200, 200]);
  expect(received.sort()).toEqual(['a', 'a', 'b', 'c']);
  expect((await forwardOf(okId))[0]!.response?.status).toBe(200);
  expect((await core.service.call('getStatus', {})).forwarding).toMatchObject({ failed: 0, dropped: 0 });
});

it('refuses with a clear error: unknown capture, nothing failed, unknown target, forwarding paused', async () => {
  answer = 200;
  const id = await postAndWaitForForward('ok');
  await expect(core.service.call('retryForward', { id: 999_999 })).rejects.toMatchObject({
    code: 'not_found',
  });
  await expect(core.service.call('retryForward', { id })).rejects.toMatchObject({
    code: 'invalid_input',
    message: expect.stringContaining('No enabled forward target has a failed delivery'),
  });
  await expect(core.service.call('retryForward', { id, targetId: 'nope' })).rejects.toMatchObject({
    code: 'invalid_input',
    message: expect.stringContaining('no enabled forward target "nope"'),
  });
  // An explicit target is resent even after a success (the user asked for it).
  expect(await core.service.call('retryForward', { id, targetId: 'local' })).toEqual({ queued: 1 });
  await expect.poll(() => received.length).toBe(2);
  await forwardTo(handlerUrl, true);
  await expect(core.service.call('retryFailedForwards', {})).rejects.toMatchObject({
    code: 'invalid_input',
    message: expect.stringContaining('paused'),
  });
});
