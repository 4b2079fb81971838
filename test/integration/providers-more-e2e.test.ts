// The providers added beyond the first sixteen, end to end: a delivery signed in the test the way
// each provider documents it goes through the real receiver and is stored with its provider and a
// `pass` verdict from the stored secret; the same bytes with one body byte flipped are stored as `fail`.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureDetail } from '../../src-main/shared/types';
import { startTestCore, type TestCore } from '../helpers/in-process-core';
import { providerCases } from '../unit/providers/provider-cases';

let core: TestCore;
beforeAll(async () => {
  core = await startTestCore();
});
afterAll(() => core.dispose());

async function sendThroughReceiver(
  path: string,
  headers: [string, string][],
  body: Buffer,
): Promise<CaptureDetail> {
  const res = await fetch(core.receiverUrl + path, { method: 'POST', headers, body });
  expect(res.status).toBe(200);
  const page = await core.service.call('listCaptures', { limit: 1 });
  return core.service.call('getCapture', { id: page.items[0]!.id });
}

describe.each(providerCases.map((c) => [c.name ?? c.provider, c] as const))('%s', (_name, c) => {
  const provider = c.provider;
  it('a signed delivery passes through the receiver; a flipped byte fails', async () => {
    await core.service.call('putSecret', { provider, label: 'e2e', secret: c.secret });
    const body = Buffer.from(c.body);
    const headers: [string, string][] = [
      ['Content-Type', c.contentType],
      ...c.sign(body, c.secret, Math.floor(Date.now() / 1000), `${core.receiverUrl}/in/${provider}`),
    ];
    const capture = await sendThroughReceiver(`/in/${provider}`, headers, body);
    expect(capture.provider).toBe(provider);
    expect(capture.verdict).toBe('pass');
    expect(capture.signature!.matchedSecret).toBe('e2e');

    if (c.bodyUnsigned) return;
    const flipped = Buffer.from(body);
    flipped[Math.floor(flipped.length / 2)]! ^= 0x01;
    const bad = await sendThroughReceiver(`/in/${provider}`, headers, flipped);
    expect(bad).toMatchObject({ provider, verdict: 'fail' });
  });
});

describe('handshakes answered by the receiver', () => {
  it('Dropbox: GET ?challenge= is echoed and stored as a handshake', async () => {
    const res = await fetch(`${core.receiverUrl}/in/dropbox?challenge=xyz789`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('xyz789');
    const page = await core.service.call('listCaptures', { limit: 1 });
    const capture = await core.service.call('getCapture', { id: page.items[0]!.id });
    expect(capture).toMatchObject({ kind: 'handshake', provider: 'dropbox' });
  });

  it('Xero: intent to receive gets 200 when signed with the stored key and 401 when not', async () => {
    await core.service.call('putSecret', { provider: 'xero', label: 'itr', secret: 'xero-itr-key' });
    const body = Buffer.from('{"events":[],"firstEventSequence":0,"lastEventSequence":0,"entropy":"ABCDEF"}');
    const sign = (key: string) => createHmac('sha256', key).update(body).digest('base64');
    const send = (sig: string) =>
      fetch(`${core.receiverUrl}/in/xero`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-xero-signature': sig },
        body,
      });
    expect((await send(sign('xero-itr-key'))).status).toBe(200);
    expect((await send(sign('not-the-key'))).status).toBe(401);
    const page = await core.service.call('listCaptures', { limit: 1 });
    const capture = await core.service.call('getCapture', { id: page.items[0]!.id });
    expect(capture).toMatchObject({ kind: 'handshake', provider: 'xero', status: 401 });
  });
});
