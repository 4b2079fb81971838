// Provider auto-detection from headers, and overrides.
import { describe, expect, it } from 'vitest';
import { analyseSignature, detectProvider } from '../../../src-main/core/signatures';
import { noSecrets, request, whatsappBody } from './helpers';

describe('detectProvider', () => {
  const cases: [string, [string, string][], string | null][] = [
    ['meta', [['X-Hub-Signature-256', 'sha256=00']], 'meta'],
    [
      'github',
      [
        ['X-Hub-Signature-256', 'sha256=00'],
        ['X-GitHub-Event', 'push'],
      ],
      'github',
    ],
    ['wasphere', [['X-WaSphere-Signature', 'sha256=00']], 'wasphere'],
    ['sendsar', [['X-Webhook-Signature', 'sha256=00']], 'sendsar'],
    ['stripe', [['Stripe-Signature', 't=1,v1=00']], 'stripe'],
    ['shopify', [['X-Shopify-Hmac-Sha256', 'AA==']], 'shopify'],
    ['slack', [['X-Slack-Signature', 'v0=00']], 'slack'],
    [
      'standard-webhooks',
      [
        ['webhook-id', 'm'],
        ['webhook-timestamp', '1'],
        ['webhook-signature', 'v1,AA=='],
      ],
      'standard-webhooks',
    ],
    [
      'svix',
      [
        ['svix-id', 'm'],
        ['svix-timestamp', '1'],
        ['svix-signature', 'v1,AA=='],
      ],
      'standard-webhooks',
    ],
    ['twilio', [['X-Twilio-Signature', 'AA==']], 'twilio'],
    ['square', [['x-square-hmacsha256-signature', 'AA==']], 'square'],
    ['paddle', [['Paddle-Signature', 'ts=1;h1=00']], 'paddle'],
    ['linear', [['Linear-Signature', '00']], 'linear'],
    ['zoom', [['x-zm-signature', 'v0=00']], 'zoom'],
    ['discord', [['X-Signature-Ed25519', '00']], 'discord'],
    ['sendgrid', [['X-Twilio-Email-Event-Webhook-Signature', 'AA==']], 'sendgrid'],
    ['paypal', [['PAYPAL-TRANSMISSION-SIG', 'AA==']], 'paypal'],
    ['nothing', [['Content-Type', 'application/json']], null],
  ];
  for (const [name, headers, expected] of cases) {
    it(`detects ${name}`, () => expect(detectProvider(headers, Buffer.from('{}'))).toBe(expected));
  }

  it('header names are case-insensitive', () => {
    expect(detectProvider([['stripe-signature', 't=1,v1=00']], Buffer.alloc(0))).toBe('stripe');
  });

  it('honours an override and reports the source', () => {
    const r = analyseSignature(
      request({ headers: [['X-Hub-Signature-256', 'sha256=00']], body: whatsappBody, provider: 'github' }),
      noSecrets,
    );
    expect(r.provider).toBe('github');
    expect(r.providerSource).toBe('override');
  });

  it('unknown signature headers produce "unsigned" with a hint to configure the generic preset', () => {
    const r = analyseSignature(
      request({ headers: [['X-Acme-Signature', 'abc']], body: Buffer.from('{}') }),
      noSecrets,
    );
    expect(r.verdict).toBe('unsigned');
    expect(r.reason).toBe('no-provider');
    expect(r.warnings.join(' ')).toMatch(/generic HMAC/);
  });
});
