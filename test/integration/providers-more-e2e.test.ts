// The providers added beyond the first sixteen, end to end: a delivery signed in the test the way
// each provider documents it goes through the real receiver and is stored with its provider and a
// `pass` verdict from the stored secret; the same bytes with one body byte flipped are stored as `fail`.
import { createHash, createHmac, createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureDetail } from '@shared/types';
import { startTestCore, type TestCore } from '../helpers/in-process-core';
import { allProviderCases as providerCases } from '../unit/providers/all-provider-cases';

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
  it('Dropbox: GET ?challenge= is echoed and stored as a Dropbox handshake', async () => {
    const res = await fetch(`${core.receiverUrl}/in/dropbox?challenge=xyz789`, {
      headers: { 'User-Agent': 'DropboxWebhooks/1.0' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe('xyz789');
    const page = await core.service.call('listCaptures', { limit: 1 });
    const capture = await core.service.call('getCapture', { id: page.items[0]!.id });
    expect(capture).toMatchObject({ kind: 'handshake', provider: 'dropbox' });
  });

  it("Nylas: the same GET ?challenge= without Dropbox's User-Agent is stored as a Nylas handshake", async () => {
    const res = await fetch(`${core.receiverUrl}/in/nylas?challenge=7c1e0a`);
    expect(await res.text()).toBe('7c1e0a');
    const page = await core.service.call('listCaptures', { limit: 1 });
    const capture = await core.service.call('getCapture', { id: page.items[0]!.id });
    expect(capture).toMatchObject({ kind: 'handshake', provider: 'nylas' });
    expect(capture.note).toMatch(/Nylas/);
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

describe('keys the user pastes', () => {
  it('PayPal: verified offline once the webhook id and certificate are stored', async () => {
    const fixtures = new URL('../fixtures/paypal/', import.meta.url);
    const cert = readFileSync(new URL('test-signing-cert.pem', fixtures), 'utf8');
    const key = createPrivateKey(readFileSync(new URL('test-signing-key.pem', fixtures)));
    const body = Buffer.from('{"id":"WH-1","event_type":"PAYMENT.CAPTURE.COMPLETED"}');
    const [id, time] = ['b2384410-f8d2-11e8-8e4d-79c8b1e3d1a1', new Date().toISOString()];
    const signature = sign('sha256', Buffer.from(`${id}|${time}|WH-ID-1|${crc32(body)}`), key).toString(
      'base64',
    );
    const headers: [string, string][] = [
      ['Content-Type', 'application/json'],
      ['PAYPAL-TRANSMISSION-ID', id],
      ['PAYPAL-TRANSMISSION-TIME', time],
      ['PAYPAL-TRANSMISSION-SIG', signature],
      ['PAYPAL-AUTH-ALGO', 'SHA256withRSA'],
    ];
    expect(await sendThroughReceiver('/in/paypal', headers, body)).toMatchObject({
      provider: 'paypal',
      verdict: 'unverifiable',
    });
    await core.service.call('putSecret', { provider: 'paypal', label: 'cert', secret: `WH-ID-1\n${cert}` });
    expect(await sendThroughReceiver('/in/paypal', headers, body)).toMatchObject({
      provider: 'paypal',
      verdict: 'pass',
    });
  });

  it('Plaid: a JWT verified with the pasted JWK', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    await core.service.call('putSecret', {
      provider: 'plaid',
      label: 'jwk',
      secret: JSON.stringify({ ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'ES256' }),
    });
    const body = Buffer.from('{"webhook_type":"TRANSACTIONS","webhook_code":"SYNC_UPDATES_AVAILABLE"}');
    const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const input = `${part({ alg: 'ES256', kid: 'k1', typ: 'JWT' })}.${part({
      iat: Math.floor(Date.now() / 1000),
      request_body_sha256: createHash('sha256').update(body).digest('hex'),
    })}`;
    const sig = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString(
      'base64url',
    );
    const headers: [string, string][] = [
      ['Content-Type', 'application/json'],
      ['Plaid-Verification', `${input}.${sig}`],
    ];
    expect(await sendThroughReceiver('/in/plaid', headers, body)).toMatchObject({
      provider: 'plaid',
      verdict: 'pass',
    });
  });
});

describe('an unknown sender', () => {
  it('findSignatureScheme proposes a scheme; saved for the path, captures there pass', async () => {
    const body = Buffer.from('{"event":"thing.happened","id":"t_1"}');
    const ts = String(Math.floor(Date.now() / 1000));
    const headers: [string, string][] = [
      ['Content-Type', 'application/json'],
      ['X-Unknown-Timestamp', ts],
      [
        'X-Unknown-Signature',
        `v1=${createHmac('sha256', 'unknown-secret').update(`${ts}.`).update(body).digest('hex')}`,
      ],
    ];
    const capture = await sendThroughReceiver('/in/unknown', headers, body);
    expect(capture.provider).toBeNull();
    const found = await core.service.call('findSignatureScheme', {
      id: capture.id,
      secret: 'unknown-secret',
    });
    expect(found).toMatchObject({
      found: true,
      config: {
        header: 'X-Unknown-Signature',
        prefix: 'v1=',
        template: '{timestamp}.{body}',
        timestampHeader: 'X-Unknown-Timestamp',
      },
    });
    if (!found.found) return;
    const settings = await core.service.call('getSettings', {});
    await core.service.call('updateSettings', {
      providerByPath: [
        ...settings.providerByPath,
        { pathPrefix: '/in/unknown', provider: 'generic', generic: found.config },
      ],
    });
    await core.service.call('putSecret', {
      provider: 'generic',
      label: '/in/unknown',
      secret: 'unknown-secret',
    });
    expect(await sendThroughReceiver('/in/unknown', headers, body)).toMatchObject({
      provider: 'generic',
      verdict: 'pass',
    });
    const wrong = await core.service.call('findSignatureScheme', {
      id: capture.id,
      secret: 'another-secret',
    });
    expect(wrong).toMatchObject({ found: false });
  });
});
