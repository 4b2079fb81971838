// The output schemas are the contract's description of what the core answers: the TypeScript types
// and docs/api.md are derived from them. This drives a real core through every operation, and
// through the events a session produces, and parses each answer with its (strict) schema, so a field
// the core sends but the schema does not describe, a missing one or a wrong type fails here.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events, operationOutputs } from '@shared/contract-outputs';
import {
  eventNames,
  operationNames,
  type EventName,
  type EventPayloads,
  type OperationName,
  type OperationOutputs,
} from '@shared/contract';
import { InspectorError } from '@shared/errors';
import { apiErrorSchema } from '@shared/outputs/error';
import { FakeNgrok } from '../helpers/fake-ngrok';
import { startTestCore, type TestCore } from '../helpers/in-process-core';
import { whatsappWebhook } from '../helpers/whatsapp-webhook';
import { recordingServer, type RecordingServer } from '../unit/replay/helpers';

const META_SECRET = 'meta-app-secret';
const STRIPE_SECRET = 'whsec_contract';
const GENERIC_SECRET = 'finder-secret';

let core: TestCore;
let handler: RecordingServer;
const ngrok = new FakeNgrok();
const called = new Set<OperationName>();
const seen = new Map<EventName, unknown[]>();

/** Calls an operation and checks its answer against the operation's output schema. */
async function call<N extends OperationName>(name: N, input: unknown): Promise<OperationOutputs[N]> {
  const output = await core.service.call(name, input);
  called.add(name);
  const parsed = operationOutputs[name].safeParse(output);
  expect(parsed.error?.issues ?? [], `${name} answered outside its schema`).toEqual([]);
  // What goes over the control API is the JSON text: it must still fit the schema.
  expect(operationOutputs[name].safeParse(JSON.parse(JSON.stringify(output))).success).toBe(true);
  return output;
}

function nextEvent<E extends EventName>(
  name: E,
  match: (payload: EventPayloads[E]) => boolean = () => true,
): Promise<void> {
  return new Promise((resolve) => {
    const off = core.service.on(name, (payload) => {
      if (!match(payload)) return;
      off();
      resolve();
    });
  });
}

/** Posts to the receiver and resolves with the capture's id, analysed (getCapture analyses on demand). */
async function post(path: string, body: string, headers: Record<string, string> = {}): Promise<number> {
  const added = new Promise<number>((resolve) => {
    const off = core.service.on('capture.added', (c) => {
      if (c.path !== path) return;
      off();
      resolve(c.id);
    });
  });
  await fetch(`${core.receiverUrl}${path}`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', ...headers },
  }).then((res) => res.arrayBuffer());
  const id = await added;
  await core.service.call('getCapture', { id });
  return id;
}

const hmacHex = (secret: string, content: string) =>
  createHmac('sha256', secret).update(content).digest('hex');

beforeAll(async () => {
  ngrok.succeed('https://contract.ngrok.test');
  core = await startTestCore({ ngrok });
  handler = await recordingServer();
  core.service.onAny((event, payload) => {
    const list = seen.get(event) ?? [];
    list.push(payload);
    seen.set(event, list);
  });
});
afterAll(async () => {
  await handler.close();
  await core.dispose();
});

describe('every operation answers what its output schema describes', () => {
  let metaId: number;
  let genericId: number;

  it('captures: received, signed, stale, rejected, handshake, forwarded', async () => {
    await call('setForwardSettings', {
      paused: false,
      targets: [{ id: 'local', url: handler.url, enabled: true, match: { pathPrefix: '/wa' } }],
    });
    const body = whatsappWebhook({
      messaging_product: 'whatsapp',
      metadata: { display_phone_number: '15550001111', phone_number_id: '106540352242922' },
      contacts: [{ profile: { name: 'Ana Silva' }, wa_id: '5511987654321' }],
      messages: [
        {
          from: '5511987654321',
          id: 'wamid.C1',
          timestamp: '1747231892',
          type: 'text',
          text: { body: 'Olá' },
        },
      ],
    });
    const forwarded = nextEvent('capture.forwarded');
    metaId = await post('/wa', body, { 'X-Hub-Signature-256': `sha256=${hmacHex(META_SECRET, body)}` });
    await forwarded;
    // Sent again to the named target; nothing failed, so "retry all" queues nothing.
    const again = nextEvent('capture.forwarded');
    expect(await call('retryForward', { id: metaId, targetId: 'local' })).toEqual({ queued: 1 });
    await again;
    expect(await call('retryFailedForwards', {})).toEqual({ queued: 0, captures: 0 });

    // A stored secret re-verifies what is stored (analysis.progress, capture.updated).
    const reverified = nextEvent('analysis.progress', (p) => p.done === p.total);
    await call('putSecret', { provider: 'meta', label: 'app secret', secret: META_SECRET });
    await reverified;
    await call('putSecret', { provider: 'stripe', label: 'endpoint', secret: STRIPE_SECRET });

    const old = Math.floor(Date.now() / 1000) - 3600;
    const stripeBody = '{"id":"evt_1","object":"event","type":"invoice.paid","data":{"object":{}}}';
    await post('/stripe', stripeBody, {
      'Stripe-Signature': `t=${old},v1=${hmacHex(STRIPE_SECRET, `${old}.${stripeBody}`)}`,
    });
    await post('/slack', '{"type":"url_verification","token":"t","challenge":"c-123"}');

    await call('updateSettings', {
      providerByPath: [{ pathPrefix: '/acme', provider: 'generic' }],
    });
    const acmeBody = '{"hello":"acme"}';
    genericId = await post('/acme', acmeBody, { 'X-Acme-Signature': hmacHex(GENERIC_SECRET, acmeBody) });

    await call('updateSettings', { receiverMaxBodyBytes: 1024 });
    await post('/big', 'x'.repeat(4096));
    await call('updateSettings', { receiverMaxBodyBytes: 25 * 1024 * 1024 });

    const page = await call('listCaptures', { limit: 50 });
    const verdicts = page.items.map((c) => c.verdict);
    expect(verdicts).toEqual(expect.arrayContaining(['pass', 'stale', 'handshake']));
    expect(page.items.map((c) => c.kind)).toContain('rejected');
    for (const item of page.items) await call('getCapture', { id: item.id });
    await call('listCaptures', { query: 'Olá' });
    const detail = await call('getCapture', { id: metaId });
    expect(detail.forwards).toHaveLength(1);
    expect(detail.cards.length).toBeGreaterThan(0);
  });

  it('conversations', async () => {
    const list = await call('listConversations', {});
    expect(list.conversations.length).toBeGreaterThan(0);
    const thread = await call('getConversation', { key: list.conversations[0]!.key });
    expect(thread.conversation?.items.length).toBeGreaterThan(0);
    await call('getConversation', { key: 'whatsapp:0' });
  });

  it('settings, status, providers and secrets', async () => {
    await call('getSettings', {});
    await call('updateSettings', { metaVerifyToken: 'verify-me', publicUrl: 'https://hooks.example.test' });
    await call('getStatus', {});
    await call('listProviders', {});
    await call('listPayloadFamilies', {});
    await call('listSecrets', {});
    await call('putSecret', { provider: 'generic', label: 'acme', secret: 'not-yet' });
    await call('deleteSecret', { provider: 'generic', label: 'acme' });
  });

  it('signatures: a pasted request, the scheme finder and provider overrides', async () => {
    const body = '{"x":1}';
    const report = await call('verifyRequest', {
      provider: 'meta',
      method: 'POST',
      url: 'https://x.test/hook',
      headers: [['X-Hub-Signature-256', `sha256=${hmacHex('wrong', body)}`]],
      bodyBase64: Buffer.from(body).toString('base64'),
    });
    expect(report.verdict).toBe('fail');
    expect(report.diagnosis.length).toBeGreaterThan(0);
    const found = await call('findSignatureScheme', { id: genericId, secret: GENERIC_SECRET });
    expect(found.found).toBe(true);
    await call('findSignatureScheme', { id: genericId, secret: 'not-the-secret' });
    await call('setCaptureProvider', { id: metaId, provider: 'stripe' });
    await call('setCaptureProvider', { id: metaId, provider: null });
  });

  it('forwarding, rules, replay, test events and code', async () => {
    await call('getForwardSettings', {});
    await call('setResponseRules', {
      rules: [{ id: 'r1', name: 'slow', match: { path: { mode: 'prefix', value: '/ruled' } }, status: 202 }],
    });
    await call('getResponseRules', {});
    const replay = await call('replayCapture', { id: metaId, targetUrl: handler.url, resign: true });
    expect(replay.resigned).not.toBeNull();
    const templates = await call('listEventTemplates', {});
    const template = templates.find((t) => t.provider === 'meta')!;
    const composed = await call('composeEvent', { template: template.id });
    await call('sendTestEvent', { template: template.id, stamp: composed.stamp, baseUrl: handler.url });
    await call('copyAs', { id: metaId, target: 'curl' });
    await call('generateHandler', { id: metaId, target: 'express' });
  });

  it('export and import', async () => {
    const har = await call('exportCaptures', { format: 'har' });
    await call('importHar', { har: har.text });
    const done = nextEvent('export.progress', (p) => p.state !== 'running');
    await call('startExport', { format: 'json' });
    await done;
  });

  it('tunnel', async () => {
    await call('getTunnel', {});
    const online = await call('startTunnel', { authtoken: 'fake-authtoken-123', pathHint: '/wa' });
    expect(online.state).toBe('online');
    await call('stopTunnel', {});
    ngrok.fail('ERR_NGROK_107'); // an error status, with code, message and fix
    const failed = await call('startTunnel', {});
    expect(failed.state).toBe('error');
  });

  it('a failed call answers what the error schema describes', async () => {
    const failure = await core.service.call('getCapture', { id: 999_999 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InspectorError);
    const body = JSON.parse(JSON.stringify(failure)) as unknown;
    expect(apiErrorSchema.safeParse(body).error?.issues ?? []).toEqual([]);
    expect(body).toMatchObject({ code: 'not_found' });
  });

  it('clearing', async () => {
    await call('clearCaptures', {});
  });

  it('covered every operation', () => {
    expect([...called].sort()).toEqual([...operationNames].sort());
  });
});

describe('every event carries what its payload schema describes', () => {
  it.each(eventNames.filter((name) => name !== 'loop.delay'))('%s', (name) => {
    const payloads = seen.get(name) ?? [];
    expect(payloads.length, `the session above produced no ${name} event`).toBeGreaterThan(0);
    for (const payload of payloads) {
      const parsed = events[name].payload.safeParse(payload);
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });

  it('loop.delay carries the shape getStatus reports as loopDelay (a stall cannot be caused on demand here)', async () => {
    const { loopDelay } = await core.service.call('getStatus', {});
    expect(events['loop.delay'].payload.safeParse(loopDelay).error?.issues ?? []).toEqual([]);
    for (const payload of seen.get('loop.delay') ?? [])
      expect(events['loop.delay'].payload.parse(payload)).toBeTruthy();
  });
});
