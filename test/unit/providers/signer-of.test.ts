// "Which provider signs this capture" is one rule (override > path mapping > detection > signer of
// the payload family), and the signer and the payload family are stored as two separate facts.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  listPayloadFamilies,
  signerOf,
  signerOfPayloadFamily,
} from '../../../src-main/core/providers/signer-of';
import { analyseCapture, type AnalysisContext } from '../../../src-main/core/service/analyse-capture';
import { defaultSettings } from '../../../src-main/core/settings/settings-store';
import type { StoredAnalysis } from '../../../src-main/core/service/capture-mapping';
import { captureRow } from '../replay/helpers';

const fixture = (name: string) => readFileSync(`test/fixtures/payloads/${name}`);
const stripeSigned: [string, string][] = [
  ['Content-Type', 'application/json'],
  ['Stripe-Signature', 't=1700000000,v1=00'],
];
const body = Buffer.from('{"id":"evt_1"}');

describe('signerOf', () => {
  const base = { method: 'POST', path: '/hooks/wa/1', headers: stripeSigned, body };
  const mapping = [{ pathPrefix: '/hooks/wa', provider: 'meta' }];

  it('takes the user override first, then the path mapping, then detection', () => {
    expect(signerOf({ ...base, override: 'github', providerByPath: mapping })).toEqual({
      provider: 'github',
      source: 'override',
    });
    expect(signerOf({ ...base, providerByPath: mapping })).toEqual({ provider: 'meta', source: 'path' });
    expect(signerOf({ ...base, providerByPath: [] })).toEqual({ provider: 'stripe', source: 'detected' });
  });

  it('falls back to the signer of the payload family only when nothing else names one', () => {
    const unsigned = { ...base, headers: [['Content-Type', 'application/json']] as [string, string][] };
    expect(signerOf({ ...unsigned, providerByPath: [], payloadFamily: 'whatsapp-cloud' })).toEqual({
      provider: 'meta',
      source: 'payload',
    });
    expect(signerOf({ ...base, providerByPath: [], payloadFamily: 'whatsapp-cloud' })?.provider).toBe(
      'stripe',
    );
    expect(signerOf({ ...unsigned, providerByPath: [], payloadFamily: 'socialhook' })).toBeNull();
    expect(signerOf({ ...unsigned, providerByPath: [] })).toBeNull();
  });

  it('derives the family → signer table from the definitions', () => {
    expect(signerOfPayloadFamily('messenger')).toBe('meta');
    expect(signerOfPayloadFamily('instagram')).toBe('meta');
    expect(signerOfPayloadFamily('wasphere')).toBe('wasphere');
    expect(signerOfPayloadFamily('twilio')).toBe('twilio');
    expect(signerOfPayloadFamily('stripe-event')).toBe('stripe');
    expect(signerOfPayloadFamily('twilio-call')).toBe('twilio');
    expect(signerOfPayloadFamily('socialhook')).toBeNull();
  });

  it('lists every family a capture can carry, each with its signer or none', () => {
    const families = Object.fromEntries(listPayloadFamilies().map((f) => [f.id, f.signer]));
    expect(families).toMatchObject({
      'whatsapp-cloud': 'meta',
      socialhook: null,
      'stripe-event': 'stripe',
      'github-event': 'github',
    });
  });
});

describe('analysed captures keep signer and payload family apart', () => {
  const context = (over: Partial<AnalysisContext['settings']> = {}, secret: string | null = null) =>
    ({
      claimDedupeKeys: () => null,
      secrets: (provider: string) => (secret && provider === 'meta' ? [{ label: 'app', value: secret }] : []),
      settings: { ...defaultSettings, ...over },
      publicUrl: null,
    }) satisfies AnalysisContext;
  const json = [['Content-Type', 'application/json']] as [string, string][];

  it('an unsigned WhatsApp batch is Meta’s (unsigned), of family whatsapp-cloud', () => {
    const row = captureRow({ path: '/webhook', headers: json, body: fixture('wa-text.json') });
    const out = analyseCapture(row, context());
    expect(out).toMatchObject({ provider: 'meta', payloadFamily: 'whatsapp-cloud', verdict: 'unsigned' });
    expect((out.analysis as StoredAnalysis).signature?.providerSource).toBe('payload');
  });

  it('a signed WhatsApp batch passes as Meta, detected from its header, family whatsapp-cloud', () => {
    const bytes = fixture('wa-text.json');
    const sig = createHmac('sha256', 'app-secret').update(bytes).digest('hex');
    const row = captureRow({
      path: '/webhook',
      headers: [...json, ['X-Hub-Signature-256', `sha256=${sig}`]],
      body: bytes,
    });
    const out = analyseCapture(row, context({}, 'app-secret'));
    expect(out).toMatchObject({ provider: 'meta', payloadFamily: 'whatsapp-cloud', verdict: 'pass' });
    expect((out.analysis as StoredAnalysis).signature?.providerSource).toBe('detected');
  });

  it('a SocialHook event has a family and no signer (never a family name in the signer field)', () => {
    const row = captureRow({ path: '/webhook', headers: json, body: fixture('socialhook-whatsapp.json') });
    expect(analyseCapture(row, context())).toMatchObject({
      provider: null,
      payloadFamily: 'socialhook',
      verdict: null,
    });
  });

  it('an unsigned Stripe event is Stripe’s (unsigned), of family stripe-event', () => {
    const row = captureRow({
      path: '/webhook',
      headers: json,
      body: fixture('stripe-payment-intent-succeeded.json'),
    });
    expect(analyseCapture(row, context())).toMatchObject({
      provider: 'stripe',
      payloadFamily: 'stripe-event',
      verdict: 'unsigned',
    });
  });

  it('a path mapping names the signer, and the report says so', () => {
    const row = captureRow({ path: '/stripe/in', headers: json, body });
    const out = analyseCapture(
      row,
      context({ providerByPath: [{ pathPrefix: '/stripe', provider: 'stripe' }] }),
    );
    expect(out.provider).toBe('stripe');
    expect(out.payloadFamily).toBeNull();
    expect((out.analysis as StoredAnalysis).signature?.providerSource).toBe('path');
  });
});
