// Custom responses through the real receiver: matched in order, stored before answering, and the
// default "200 after storing" for everything else. Also replay of a capture to a local handler.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../helpers/in-process-core';

let core: TestCore;
beforeAll(async () => {
  core = await startTestCore();
});
afterAll(() => core.dispose());

const latest = async () => {
  const page = await core.service.call('listCaptures', { limit: 1 });
  return core.service.call('getCapture', { id: page.items[0]!.id });
};

describe('response rules in the receiver', () => {
  it('answers with the first matching rule, records it, and keeps the default for other paths', async () => {
    await core.service.call('setResponseRules', {
      rules: [
        {
          id: 'fail-meta',
          name: 'Meta retries: answer 500',
          match: { path: { mode: 'prefix', value: '/whatsapp' } },
          status: 500,
          body: 'boom',
          headers: [['Retry-After', '5']],
        },
        { id: 'never', match: { path: { mode: 'prefix', value: '/whatsapp' } }, status: 418 },
      ],
    });
    const res = await fetch(core.receiverUrl + '/whatsapp/hook', { method: 'POST', body: '{"a":1}' });
    expect(res.status).toBe(500);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.text()).toBe('boom');
    const capture = await latest();
    expect(capture.status).toBe(500);
    // The note names the rule as the user named it, not by its id.
    expect(capture.note).toMatch(/Response rule "Meta retries: answer 500": answered 500/);
    expect(Buffer.from(capture.bodyBase64, 'base64').toString()).toBe('{"a":1}');

    const other = await fetch(core.receiverUrl + '/other', { method: 'POST', body: 'x' });
    expect(other.status).toBe(200);
  });

  it('drops the connection when a rule says so, after storing the request', async () => {
    await core.service.call('setResponseRules', {
      rules: [{ id: 'drop', match: { methods: ['PUT'] }, status: 200, drop: true }],
    });
    await expect(
      fetch(core.receiverUrl + '/dropped', { method: 'PUT', body: 'kept anyway' }),
    ).rejects.toThrow();
    await expect.poll(async () => (await latest()).path).toBe('/dropped');
    expect((await latest()).note).toMatch(/connection dropped/);
    await core.service.call('setResponseRules', { rules: [] });
  });
});

describe('replay', () => {
  let handler: Server;
  const received: { method: string; url: string; body: Buffer; headers: IncomingMessage['headers'] }[] = [];
  beforeAll(async () => {
    handler = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({
          method: req.method!,
          url: req.url!,
          body: Buffer.concat(chunks),
          headers: req.headers,
        });
        res.writeHead(202, { 'X-Handler': 'yes' }).end('accepted');
      });
    });
    await new Promise<void>((r) => handler.listen(0, '127.0.0.1', r));
  });
  afterAll(() => new Promise<void>((r) => handler.close(() => r())));

  it('resends the exact bytes to a local handler and stores the result as a new capture linked to the original', async () => {
    const body = Buffer.from([0x00, 0xff, 0x10, 0x7b, 0x7d]);
    await fetch(core.receiverUrl + '/replay-me?x=1', { method: 'POST', body, headers: { 'X-Sig': 'abc' } });
    const original = await latest();
    const port = (handler.address() as AddressInfo).port;
    const result = await core.service.call('replayCapture', {
      id: original.id,
      targetUrl: `http://127.0.0.1:${port}/hook`,
    });
    expect(received.at(-1)!.body.equals(body)).toBe(true);
    expect(received.at(-1)!.headers['x-sig']).toBe('abc');
    expect(JSON.stringify(result)).toContain('202');
    const page = await core.service.call('listCaptures', { limit: 5 });
    const replayed = page.items.find((c) => c.replayOf === original.id);
    expect(replayed?.origin).toBe('replay');
  });
});
