// Test events: every template composes, is signed with the chosen stored secret, verifies with
// the real verifier, decodes as the provider it claims to be, and its curl command carries the
// exact headers and body.
import { describe, expect, it } from 'vitest';
import { composeEvent, eventTemplates, listEventTemplates } from '../../../src-main/core/replay';
import { decodePayload } from '../../../src-main/core/decoders/payloads';
import { analyseSignature } from '../../../src-main/core/signatures';
import { printfBytes, words } from './shell-words';

const NOW = 1_750_000_000;
const SECRETS: Record<string, { label: string; value: string }[]> = {
  meta: [{ label: 'app secret', value: 'meta-app-secret' }],
  wasphere: [{ label: 'main', value: 'wasphere-secret' }],
  sendsar: [{ label: 'main', value: 'whsec_sendsar_as_text' }],
  github: [{ label: 'main', value: 'gh' }],
  stripe: [
    { label: 'old', value: 'whsec_old' },
    { label: 'cli', value: 'whsec_cli' },
  ],
  'standard-webhooks': [{ label: 'main', value: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }],
  twilio: [{ label: 'auth token', value: 'twilio-token' }],
  clerk: [{ label: 'main', value: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }],
  resend: [{ label: 'main', value: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }],
  openai: [{ label: 'main', value: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }],
  replicate: [{ label: 'main', value: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }],
  // Keys that are hex-decoded before use.
  'adyen-platform': [
    { label: 'hmac key', value: '44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056' },
  ],
};
// Providers added later sign with a plain text secret unless listed above.
const secretsFor = (p: string) => SECRETS[p] ?? [{ label: 'main', value: `${p}-signing-secret` }];
let counter = 0;
const context = {
  secrets: secretsFor,
  defaultBaseUrl: 'http://127.0.0.1:8787',
  nowUnix: NOW,
  hex: (n: number) => (++counter).toString(16).padStart(2 * n, 'a'),
};

function verify(
  event: { method: string; url: string; path: string; headers: [string, string][]; bodyBase64: string },
  provider?: string,
) {
  return analyseSignature(
    {
      method: event.method,
      url: event.url,
      path: event.path,
      headers: event.headers,
      body: Buffer.from(event.bodyBase64, 'base64'),
      receivedAtUnix: NOW,
      nowUnix: NOW,
      provider,
    },
    secretsFor,
  );
}

describe('listEventTemplates', () => {
  it('offers the required samples', () => {
    const ids = listEventTemplates().map((t) => t.id);
    for (const id of [
      'whatsapp-text',
      'whatsapp-image',
      'whatsapp-status',
      'whatsapp-status-failed',
      'wasphere-message',
      'wasphere-session-connected',
      'wasphere-session-disconnected',
      'sendsar-message',
      'github-push',
      'stripe-payment-intent-succeeded',
      'standard-webhooks-user-created',
      'twilio-whatsapp-inbound',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe.each(eventTemplates.map((t) => [t.id, t] as const))('template %s', (id, template) => {
  it('is signed with the stored secret and verifies (detected provider, no override)', () => {
    const r = composeEvent({ template: id }, context);
    if (!r.ok) throw new Error(r.problem);
    expect(r.event.signed?.provider).toBe(template.provider);
    // Sendsar's header name is generic, so detection is allowed to need the provider hint.
    const report = verify(r.event, template.provider === 'sendsar' ? 'sendsar' : undefined);
    expect(report.provider).toBe(template.provider);
    expect(report.verdict).toBe('pass');
    expect(r.event.warnings.join(' ')).not.toMatch(/unsigned/);
  });

  it('curl carries the exact headers and body', () => {
    const r = composeEvent({ template: id }, context);
    if (!r.ok) throw new Error(r.problem);
    const argv = words(r.event.curl);
    const body = Buffer.from(r.event.bodyBase64, 'base64');
    const sent =
      argv[0] === 'printf' ? printfBytes(argv[1]!) : Buffer.from(argv[argv.indexOf('--data-raw') + 1]!);
    expect(sent.equals(body)).toBe(true);
    for (const [name, value] of r.event.headers) expect(argv).toContain(`${name}: ${value}`);
    expect(argv).toContain(r.event.url);
  });
});

describe('composeEvent', () => {
  it('decodes as the provider it claims (WhatsApp failed status carries its error)', () => {
    const r = composeEvent({ template: 'whatsapp-status-failed' }, context);
    if (!r.ok) throw new Error(r.problem);
    const decoded = decodePayload({
      headers: r.event.headers,
      body: Buffer.from(r.event.bodyBase64, 'base64'),
      contentType: 'application/json',
      path: r.event.path,
    });
    expect(decoded.decoder).toBe('whatsapp-cloud');
    expect(JSON.stringify(decoded.cards)).toMatch(/131047/);
  });

  it('signs an edited body as edited, with the chosen secret label', () => {
    const r = composeEvent(
      {
        template: 'stripe-payment-intent-succeeded',
        secretLabel: 'cli',
        overrides: {
          body: '{"id":"evt_x","type":"charge.refunded"}',
          path: '/stripe/hook?acct=9',
          headers: [['X-Extra', 'yes']],
        },
      },
      context,
    );
    if (!r.ok) throw new Error(r.problem);
    expect(Buffer.from(r.event.bodyBase64, 'base64').toString()).toBe(
      '{"id":"evt_x","type":"charge.refunded"}',
    );
    expect(r.event.url).toBe('http://127.0.0.1:8787/stripe/hook?acct=9');
    expect(r.event.headers).toContainEqual(['X-Extra', 'yes']);
    const report = verify(r.event);
    expect(report.verdict).toBe('pass');
    expect(report.matchedSecret).toBe('cli');
  });

  it('says when it cannot sign, and refuses unknown templates', () => {
    const none = composeEvent({ template: 'github-push' }, { ...context, secrets: () => [] });
    expect(none.ok && none.event.signed).toBeNull();
    expect(none.ok && none.event.warnings.join(' ')).toMatch(/No github secret is stored/);
    expect(composeEvent({ template: 'nope' }, context)).toEqual({
      ok: false,
      problem: 'no event template "nope"',
    });
  });
});
