// The providers added beyond the first sixteen, end to end: a delivery signed in the test the way
// each provider documents it goes through the real receiver and is stored with its provider and a
// `pass` verdict from the stored secret; the same bytes with one body byte flipped are stored as `fail`.
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

describe.each(providerCases.map((c) => [c.provider, c] as const))('%s', (provider, c) => {
  it('a signed delivery passes through the receiver; a flipped byte fails', async () => {
    await core.service.call('putSecret', { provider, label: 'e2e', secret: c.secret });
    const body = Buffer.from(c.body);
    const headers: [string, string][] = [
      ['Content-Type', c.contentType],
      ...c.sign(body, c.secret, Math.floor(Date.now() / 1000)),
    ];
    const capture = await sendThroughReceiver(`/in/${provider}`, headers, body);
    expect(capture.provider).toBe(provider);
    expect(capture.verdict).toBe('pass');
    expect(capture.signature!.matchedSecret).toBe('e2e');

    const flipped = Buffer.from(body);
    flipped[Math.floor(flipped.length / 2)]! ^= 0x01;
    const bad = await sendThroughReceiver(`/in/${provider}`, headers, flipped);
    expect(bad).toMatchObject({ provider, verdict: 'fail' });
  });
});
