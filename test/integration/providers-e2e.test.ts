// Every provider end to end: a request signed by the replay module's signers (an implementation
// independent of the verifier) is sent through the real receiver and must verify as `pass` with
// the stored secret; the same request pasted into verifyRequest must pass with auto-detection,
// and fail once one body byte is flipped. Ed25519 (Discord) and ECDSA (SendGrid) are signed here
// with fresh key pairs.
import { createHmac, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resignRequest } from '../../src-main/core/replay';
import type { CaptureDetail } from '@shared/types';
import { startTestCore, type TestCore } from '../helpers/in-process-core';

let core: TestCore;
beforeAll(async () => {
  core = await startTestCore();
});
afterAll(() => core.dispose());

interface Case {
  provider: string;
  secret: string;
  path: string;
  contentType: string;
  body: string;
  /** Extra headers a real sender adds (and detection relies on). */
  headers?: [string, string][];
}

const json = (o: unknown) => JSON.stringify(o);
const cases: Case[] = [
  {
    provider: 'meta',
    secret: 'meta-app-secret',
    path: '/p/meta',
    contentType: 'application/json',
    body: json({ object: 'whatsapp_business_account', entry: [] }),
  },
  {
    provider: 'github',
    secret: 'gh-secret',
    path: '/p/github',
    contentType: 'application/json',
    body: json({ zen: 'Keep it logically awesome.' }),
    headers: [
      ['X-GitHub-Event', 'ping'],
      ['X-GitHub-Delivery', '72d3162e-cc78-11e3-81ab-4c9367dc0958'],
    ],
  },
  {
    provider: 'wasphere',
    secret: 'ws-secret',
    path: '/p/wasphere',
    contentType: 'application/json',
    body: json({ event: 'message.received', deliveryId: 'd1', timestamp: 1, data: {} }),
  },
  {
    provider: 'sendsar',
    secret: 'whsec_sendsar_raw_key',
    path: '/p/sendsar',
    contentType: 'application/json',
    body: json({ event: 'message.sent' }),
  },
  {
    provider: 'stripe',
    secret: 'whsec_stripe_endpoint',
    path: '/p/stripe',
    contentType: 'application/json',
    body: json({ id: 'evt_1', type: 'invoice.paid' }),
  },
  {
    provider: 'shopify',
    secret: 'shpss_client_secret',
    path: '/p/shopify',
    contentType: 'application/json',
    body: json({ id: 1, total: '9.99' }),
    headers: [['X-Shopify-Topic', 'orders/create']],
  },
  {
    provider: 'slack',
    secret: 'slack-signing-secret',
    path: '/p/slack',
    contentType: 'application/json',
    body: json({ type: 'event_callback', event: { type: 'message' } }),
  },
  {
    provider: 'standard-webhooks',
    secret: 'whsec_' + randomBytes(24).toString('base64'),
    path: '/p/svix',
    contentType: 'application/json',
    body: json({ type: 'user.created' }),
  },
  {
    provider: 'twilio',
    secret: 'twilio-auth-token',
    path: '/p/twilio',
    contentType: 'application/x-www-form-urlencoded',
    body: 'From=whatsapp%3A%2B14155550123&Body=Hola&MessageSid=SM1',
  },
  {
    provider: 'square',
    secret: 'square-signature-key',
    path: '/p/square',
    contentType: 'application/json',
    body: json({ type: 'payment.created' }),
  },
  {
    provider: 'paddle',
    secret: 'pdl_ntfset_secret',
    path: '/p/paddle',
    contentType: 'application/json',
    body: json({ event_type: 'transaction.paid' }),
  },
  {
    provider: 'zoom',
    secret: 'zoom-secret-token',
    path: '/p/zoom',
    contentType: 'application/json',
    body: json({ event: 'meeting.started', payload: {} }),
  },
];

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

async function pasted(url: string, headers: [string, string][], body: Buffer, secrets: string[]) {
  return core.service.call('verifyRequest', {
    method: 'POST',
    url,
    headers,
    bodyBase64: body.toString('base64'),
    secrets,
  });
}

describe.each(cases)('$provider', (c) => {
  it('verifies through the receiver with the stored secret and through verifyRequest by auto-detection; a flipped byte fails', async () => {
    await core.service.call('putSecret', { provider: c.provider, label: 'e2e', secret: c.secret });
    const body = Buffer.from(c.body);
    const url = core.receiverUrl + c.path;
    const signed = resignRequest(
      { method: 'POST', url, headers: [['Content-Type', c.contentType], ...(c.headers ?? [])], body },
      {
        provider: c.provider,
        secrets: [{ label: 'e2e', value: c.secret }],
        nowUnix: Math.floor(Date.now() / 1000),
        newId: () => 'msg_' + randomBytes(6).toString('hex'),
      },
    );
    if (!signed.ok) throw new Error(signed.problem);
    const path = signed.url.slice(core.receiverUrl.length);

    const capture = await sendThroughReceiver(path, signed.headers, body);
    expect(capture.provider).toBe(c.provider);
    expect(capture.verdict).toBe('pass');
    expect(capture.signature!.matchedSecret).toBe('e2e');

    const report = await pasted(signed.url, signed.headers, body, [c.secret]);
    expect(report.provider).toBe(c.provider);
    expect(report.verdict).toBe('pass');

    const flipped = Buffer.from(body);
    flipped[Math.floor(flipped.length / 2)]! ^= 0x01;
    expect((await pasted(signed.url, signed.headers, flipped, [c.secret])).verdict).toBe('fail');
  });
});

describe('public-key schemes', () => {
  it('Discord (Ed25519): passes with the application public key, fails with a flipped byte', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const publicHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
    await core.service.call('putSecret', { provider: 'discord', label: 'app key', secret: publicHex });
    const body = Buffer.from(json({ type: 2, data: { name: 'ping' } }));
    const ts = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.concat([Buffer.from(ts), body]), privateKey).toString('hex');
    const headers: [string, string][] = [
      ['Content-Type', 'application/json'],
      ['X-Signature-Ed25519', signature],
      ['X-Signature-Timestamp', ts],
    ];
    const capture = await sendThroughReceiver('/p/discord', headers, body);
    expect(capture).toMatchObject({ provider: 'discord', verdict: 'pass' });
    const flipped = Buffer.from(body);
    flipped[3]! ^= 0x01;
    expect((await pasted(core.receiverUrl + '/p/discord', headers, flipped, [publicHex])).verdict).toBe(
      'fail',
    );
  });

  it('SendGrid (ECDSA P-256): passes with the verification key, fails with a flipped byte', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const publicB64 = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    await core.service.call('putSecret', {
      provider: 'sendgrid',
      label: 'verification key',
      secret: publicB64,
    });
    const body = Buffer.from(json([{ email: 'a@example.test', event: 'delivered' }]) + '\r\n');
    const ts = String(Math.floor(Date.now() / 1000));
    const signature = sign('sha256', Buffer.concat([Buffer.from(ts), body]), privateKey).toString('base64');
    const headers: [string, string][] = [
      ['Content-Type', 'application/json'],
      ['X-Twilio-Email-Event-Webhook-Signature', signature],
      ['X-Twilio-Email-Event-Webhook-Timestamp', ts],
    ];
    const capture = await sendThroughReceiver('/p/sendgrid', headers, body);
    expect(capture).toMatchObject({ provider: 'sendgrid', verdict: 'pass' });
    const flipped = Buffer.from(body);
    flipped[5]! ^= 0x01;
    expect((await pasted(core.receiverUrl + '/p/sendgrid', headers, flipped, [publicB64])).verdict).toBe(
      'fail',
    );
  });
});

describe('schemes signed in the test', () => {
  it('Linear: HMAC-SHA256 hex over the body with webhookTimestamp inside it', async () => {
    await core.service.call('putSecret', { provider: 'linear', label: 'e2e', secret: 'lin_wh_secret' });
    const body = Buffer.from(json({ action: 'create', type: 'Issue', webhookTimestamp: Date.now() }));
    const headers: [string, string][] = [
      ['Content-Type', 'application/json'],
      ['Linear-Event', 'Issue'],
      ['Linear-Delivery', 'e2e-1'],
      ['Linear-Signature', createHmac('sha256', 'lin_wh_secret').update(body).digest('hex')],
    ];
    expect(await sendThroughReceiver('/p/linear', headers, body)).toMatchObject({
      provider: 'linear',
      verdict: 'pass',
    });
  });

  it('generic HMAC: the user-configured scheme verifies captures under its path', async () => {
    await core.service.call('updateSettings', {
      genericHmac: {
        header: 'X-My-Signature',
        algorithm: 'sha512',
        encoding: 'base64',
        prefix: 'sig=',
        template: '{timestamp}.{body}',
        timestampHeader: 'X-My-Timestamp',
        toleranceSeconds: 300,
      },
      providerByPath: [{ pathPrefix: '/p/generic', provider: 'generic' }],
    });
    await core.service.call('putSecret', { provider: 'generic', label: 'e2e', secret: 'my-own-secret' });
    const body = Buffer.from(json({ hello: 'generic' }));
    const ts = String(Math.floor(Date.now() / 1000));
    const digest = createHmac('sha512', 'my-own-secret').update(`${ts}.${body.toString()}`).digest('base64');
    const headers: [string, string][] = [
      ['Content-Type', 'application/json'],
      ['X-My-Timestamp', ts],
      ['X-My-Signature', `sig=${digest}`],
    ];
    expect(await sendThroughReceiver('/p/generic/hook', headers, body)).toMatchObject({
      provider: 'generic',
      verdict: 'pass',
    });
    const wrong: [string, string][] = headers.map(([n, v]) => [
      n,
      n === 'X-My-Signature' ? 'sig=' + Buffer.alloc(64).toString('base64') : v,
    ]);
    expect(await sendThroughReceiver('/p/generic/hook', wrong, body)).toMatchObject({
      provider: 'generic',
      verdict: 'fail',
    });
  });
});
