// The whole capture pipeline through the real receiver: signatures verified (and re-verified when a
// secret is added), payloads decoded into cards, redeliveries marked, and the tunnel wired to the
// receiver port through a fake ngrok.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureDetail, CaptureSummary } from '@shared/types';
import { FakeNgrok } from '../helpers/fake-ngrok';
import { startTestCore, type TestCore } from '../helpers/in-process-core';

const fixture = (name: string) => readFileSync(`test/fixtures/payloads/${name}`);
const hmacHex = (secret: string, data: Buffer | string) =>
  createHmac('sha256', secret).update(data).digest('hex');

let core: TestCore;
const ngrok = new FakeNgrok();
beforeAll(async () => {
  core = await startTestCore({ ngrok });
});
afterAll(() => core.dispose());

async function send(path: string, body: Buffer, headers: Record<string, string>): Promise<CaptureDetail> {
  const res = await fetch(core.receiverUrl + path, { method: 'POST', body, headers });
  expect(res.status).toBe(200);
  const page = await core.service.call('listCaptures', { limit: 1 });
  return core.service.call('getCapture', { id: page.items[0]!.id });
}

function nextUpdate(id: number, predicate: (c: CaptureSummary) => boolean): Promise<CaptureSummary> {
  return new Promise((resolve) => {
    const off = core.service.on('capture.updated', (c) => {
      if (c.id === id && predicate(c)) {
        off();
        resolve(c);
      }
    });
  });
}

describe('signatures through the receiver', () => {
  it('shows a WhatsApp delivery signed with another secret as fail with both digests, then pass once the right secret is added — without resending', async () => {
    await core.service.call('putSecret', {
      provider: 'meta',
      label: 'old app secret',
      secret: 'not-the-app-secret',
    });
    // Compact, as Meta delivers it (a pretty-printed copy would be diagnosed as re-serialised).
    const body = Buffer.from(JSON.stringify(JSON.parse(fixture('wa-text.json').toString())));
    const capture = await send('/whatsapp', body, {
      'Content-Type': 'application/json',
      'X-Hub-Signature-256': 'sha256=' + hmacHex('the-real-app-secret', body),
    });
    expect(capture.provider).toBe('meta');
    expect(capture.verdict).toBe('fail');
    const report = capture.signature!;
    expect(report.received).toBe('sha256=' + hmacHex('the-real-app-secret', body));
    expect(report.computed).toBe('sha256=' + hmacHex('not-the-app-secret', body));
    expect(report.diagnosis.length).toBeGreaterThan(0);
    expect(report.diagnosis.at(-1)!.code).toBe('secret-likely');
    expect(JSON.stringify(capture)).not.toContain('not-the-app-secret');

    const flipped = nextUpdate(capture.id, (c) => c.verdict === 'pass');
    const listed = await core.service.call('putSecret', {
      provider: 'meta',
      label: 'app secret',
      secret: 'the-real-app-secret',
    });
    expect(JSON.stringify(listed)).not.toContain('the-real-app-secret');
    expect((await flipped).verdict).toBe('pass');
    const after = await core.service.call('getCapture', { id: capture.id });
    expect(after.signature!.matchedSecret).toBe('app secret');
  });

  it('accepts both WaSphere formats and says which one matched', async () => {
    await core.service.call('putSecret', { provider: 'wasphere', label: 'default', secret: 'ws-secret' });
    const body = fixture('wasphere-seed-message.json');
    const ts = String(Math.floor(Date.now() / 1000));
    const v1 = await send('/wasphere', body, {
      'Content-Type': 'application/json',
      'X-WaSphere-Timestamp': ts,
      'X-WaSphere-Signature': 'v1,sha256=' + hmacHex('ws-secret', `${ts}.${body.toString('latin1')}`),
    });
    expect(v1.verdict).toBe('pass');
    expect(v1.signature!.format!.id).toBe('wasphere-v1');
    const seed = await send('/wasphere', body, {
      'Content-Type': 'application/json',
      'X-WaSphere-Timestamp': ts,
      'X-WaSphere-Signature': 'sha256=' + hmacHex('ws-secret', body),
    });
    expect(seed.verdict).toBe('pass');
    expect(seed.signature!.format!.id).toBe('wasphere-seed');
  });

  it('verifies a pasted request without storing anything', async () => {
    const before = (await core.service.call('listCaptures', {})).total;
    const body = Buffer.from('{"id":"evt_1","type":"invoice.paid"}');
    const t = Math.floor(Date.now() / 1000);
    const report = await core.service.call('verifyRequest', {
      provider: 'stripe',
      method: 'POST',
      url: 'https://example.test/stripe',
      headers: [['Stripe-Signature', `t=${t},v1=${hmacHex('whsec_test', `${t}.${body.toString()}`)}`]],
      bodyBase64: body.toString('base64'),
      secrets: ['whsec_test'],
      now: t + 10,
    });
    expect(report.verdict).toBe('pass');
    expect((await core.service.call('listCaptures', {})).total).toBe(before);
  });
});

describe('message cards through the receiver', () => {
  it('decodes a WhatsApp text into a card with the sender name, and marks a redelivery as a duplicate', async () => {
    // A message id no earlier test used, so only the redelivery below is a duplicate.
    const body = Buffer.from(
      fixture('wa-text.json')
        .toString()
        .replace('wamid.HBgNNTQ5MTEyMzQ1Njc4ORUCABIYFjNFQjA1', 'wamid.cards-test-1'),
    );
    const first = await send('/cards', body, { 'Content-Type': 'application/json' });
    expect(first.cards[0]).toMatchObject({
      kind: 'message',
      type: 'text',
      fromName: 'Ana Silva',
      from: '+5491123456789',
    });
    expect(first.cards[0]!.summary).toBe('Hola, quiero saber el estado de mi pedido 4471');
    expect(first.summary).toContain('Ana Silva');
    expect(first.duplicateOf).toBeNull();
    const again = await send('/cards', body, { 'Content-Type': 'application/json' });
    expect(again.duplicateOf).toBe(first.id);
  });
});

describe('tunnel', () => {
  it('forwards only the receiver port, reports online with the public URL, and keeps the authtoken secret', async () => {
    const events: string[] = [];
    const off = core.service.on('tunnel.status', (s) => events.push(s.state));
    const status = await core.service.call('startTunnel', {
      authtoken: 'tok_abcdefghijklmnop',
      pathHint: '/whatsapp',
    });
    off();
    expect(status.state).toBe('online');
    expect(ngrok.calls.at(-1)!.addr).toBe(`127.0.0.1:${core.receiverPort}`);
    expect(events).toEqual(['starting', 'online']);
    const info = await core.service.call('getStatus', {});
    expect(info.publicUrl).toBe(status.state === 'online' ? status.url : null);
    expect(info.ngrokAuthtokenConfigured).toBe(true);
    expect(status.state === 'online' && status.webhookUrl.endsWith('/whatsapp')).toBe(true);
    const everything = JSON.stringify([
      status,
      info,
      await core.service.call('listSecrets', {}),
      await core.service.call('getSettings', {}),
    ]);
    expect(everything).not.toContain('tok_abcdefghijklmnop');
    expect((await core.service.call('stopTunnel', {})).state).toBe('stopped');
  });

  it('verifies a Twilio delivery signed over the tunnel public URL (what Twilio actually called)', async () => {
    ngrok.succeed('https://twilio-e2e.ngrok.test');
    const status = await core.service.call('startTunnel', {});
    expect(status).toMatchObject({ state: 'online', url: 'https://twilio-e2e.ngrok.test' });
    await core.service.call('putSecret', { provider: 'twilio', label: 'auth token', secret: 'twilio-token' });
    const params = new URLSearchParams({ From: 'whatsapp:+14155550123', Body: 'Hola', MessageSid: 'SMe2e' });
    const signedString =
      'https://twilio-e2e.ngrok.test/twilio/inbound' +
      [...params]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => k + v)
        .join('');
    const signature = createHmac('sha1', 'twilio-token').update(signedString).digest('base64');
    const capture = await send('/twilio/inbound', Buffer.from(params.toString()), {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Twilio-Signature': signature,
    });
    expect(capture).toMatchObject({ provider: 'twilio', verdict: 'pass' });
    expect((await core.service.call('stopTunnel', {})).state).toBe('stopped');
  });

  it('refuses to expose a protected port (the control API)', async () => {
    core.protectPort(core.receiverPort);
    const status = await core.service.call('startTunnel', {});
    expect(status).toMatchObject({ state: 'error', code: 'forbidden_port' });
  });
});

describe('decoded body view', () => {
  it('returns the brotli-decoded body next to the untouched wire bytes', async () => {
    const { brotliCompressSync } = await import('node:zlib');
    const plain = Buffer.from('{"hello":"brotli"}');
    const wire = brotliCompressSync(plain);
    const capture = await send('/br', wire, { 'Content-Type': 'application/json', 'Content-Encoding': 'br' });
    expect(Buffer.from(capture.bodyBase64, 'base64').equals(wire)).toBe(true);
    expect(capture.decodedBody).toEqual({ encodings: ['br'], base64: plain.toString('base64'), error: null });
  });
});

describe('list filters and cards', () => {
  it('lists failures only and returns the cards of a thread for the Conversations view', async () => {
    const body = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');
    const failed = await send('/fails', body, {
      'X-Hub-Signature-256': 'sha256=' + hmacHex('some-other-secret', body),
    });
    expect(failed.verdict).toBe('fail');
    const failures = await core.service.call('listCaptures', { verdicts: ['fail'] });
    expect(failures.items.length).toBeGreaterThan(0);
    expect(failures.items.every((c) => c.verdict === 'fail')).toBe(true);
    const { conversations } = await core.service.call('listConversations', { query: 'Ana Silva' });
    expect(conversations).toHaveLength(1);
    const { conversation } = await core.service.call('getConversation', { key: conversations[0]!.key });
    const ana = conversation!.items.map((item) => item.card).find((c) => c?.fromName === 'Ana Silva');
    expect(ana).toMatchObject({ kind: 'message', type: 'text' });
    expect(ana!.captureId).toBeGreaterThan(0);
    expect(ana!.receivedAt).toMatch(/Z$/);
  });
});

describe('tunnel on launch', () => {
  it('starts by itself when "start tunnel on launch" is set and an authtoken is stored', async () => {
    const fake = new FakeNgrok().succeed('https://on-launch.ngrok.test');
    const first = await startTestCore({ ngrok: fake });
    await first.service.call('updateSettings', { tunnelStartOnLaunch: true });
    await first.service.call('putSecret', {
      provider: 'ngrok',
      label: 'authtoken',
      secret: 'tok_onlaunch_123456',
    });
    await first.close();
    const fake2 = new FakeNgrok().succeed('https://on-launch.ngrok.test');
    const again = await startTestCore({ ngrok: fake2, dataDir: first.dataDir });
    try {
      await expect.poll(async () => (await again.service.call('getTunnel', {})).state).toBe('online');
      expect(fake2.calls[0]!.addr).toBe(`127.0.0.1:${again.receiverPort}`);
    } finally {
      await again.dispose();
    }
  });
});

describe('payloads from signing providers without a signature', () => {
  it('marks an unsigned WhatsApp delivery as "unsigned" for Meta (a real one is always signed)', async () => {
    const body = Buffer.from(JSON.stringify({ object: 'whatsapp_business_account', entry: [] }));
    const capture = await send('/unsigned-whatsapp', body, { 'Content-Type': 'application/json' });
    expect(capture.provider).toBe('meta');
    expect(capture.verdict).toBe('unsigned');
    expect(capture.signature!.reason).toBe('missing-header');
  });

  it('leaves an unknown JSON body without a provider or verdict', async () => {
    const capture = await send('/unknown', Buffer.from('{"hello":"world"}'), {
      'Content-Type': 'application/json',
    });
    expect(capture.provider).toBeNull();
    expect(capture.verdict).toBeNull();
  });
});
