// Handshakes of the second batch of providers through the real receiver: the answer the provider
// needs goes out on the wire, and the capture is stored as a handshake of that provider.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../helpers/in-process-core';

let core: TestCore;
beforeAll(async () => {
  core = await startTestCore();
});
afterAll(() => core.dispose());

async function lastCapture() {
  const page = await core.service.call('listCaptures', { limit: 1 });
  return core.service.call('getCapture', { id: page.items[0]!.id });
}

describe('handshakes answered by the receiver (second batch)', () => {
  it('Asana: X-Hook-Secret is echoed in the response and the capture is an Asana handshake', async () => {
    const res = await fetch(`${core.receiverUrl}/in/asana`, {
      method: 'POST',
      headers: { 'X-Hook-Secret': 'b537207f20cbfa02357cf448134da559e8bd39d61597dcd5631b8012eae53e81' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-hook-secret')).toBe(
      'b537207f20cbfa02357cf448134da559e8bd39d61597dcd5631b8012eae53e81',
    );
    expect(await lastCapture()).toMatchObject({ kind: 'handshake', provider: 'asana' });
  });

  it('Notion: the verification token POST is acknowledged and stored as a Notion handshake', async () => {
    const res = await fetch(`${core.receiverUrl}/in/notion`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"verification_token":"secret_abc"}',
    });
    expect(res.status).toBe(200);
    expect(await lastCapture()).toMatchObject({ kind: 'handshake', provider: 'notion' });
  });

  it('Worldline: the endpoint verification GET gets its header value back', async () => {
    const res = await fetch(`${core.receiverUrl}/in/worldline`, {
      headers: { 'X-GCS-Webhooks-Endpoint-Verification': 'verify-me-42' },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('verify-me-42');
    expect(await lastCapture()).toMatchObject({ kind: 'handshake', provider: 'worldline' });
  });
});
