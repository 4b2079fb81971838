// Providers whose MAC covers the body alone: Meta/WhatsApp, GitHub, WaSphere (both formats),
// Sendsar, Shopify, Linear.
import { describe, expect, it } from 'vitest';
import { analyseSignature } from '../../../src-main/core/signatures';
import { NOW, codes, hmac, noSecrets, request, secretsOf, whatsappBody } from './helpers';

const APP_SECRET = 'd3b07384d113edec49eaa6238ad5ff00';

describe('Meta / WhatsApp Cloud API', () => {
  const sig = `sha256=${hmac('sha256', APP_SECRET, whatsappBody, 'hex')}`;

  it('passes X-Hub-Signature-256 over the raw body and shows both digests', () => {
    const r = analyseSignature(
      request({
        headers: [
          ['Content-Type', 'application/json'],
          ['X-Hub-Signature-256', sig],
        ],
        body: whatsappBody,
      }),
      secretsOf({ meta: [{ label: 'app secret', value: APP_SECRET }] }),
    );
    expect(r.verdict).toBe('pass');
    expect(r.provider).toBe('meta');
    expect(r.providerName).toBe('Meta / WhatsApp Cloud API');
    expect(r.reason).toBe('verified');
    expect(r.header).toBe('X-Hub-Signature-256');
    expect(r.received).toBe(sig);
    expect(r.computed).toBe(sig);
    expect(r.matchedSecret).toBe('app secret');
    expect(r.format?.id).toBe('meta-sha256');
    expect(r.scheme).toMatchObject({ algorithm: 'HMAC-SHA256', encoding: 'hex', template: '{body}' });
    expect(r.signedContent?.byteLength).toBe(whatsappBody.length);
    expect(r.signedContent?.bodyByteLength).toBe(whatsappBody.length);
    expect(r.signedContent?.preview.startsWith('{"object":"whatsapp_business_account"')).toBe(true);
    expect(r.diagnosis).toEqual([]);
  });

  it('accepts the legacy SHA-1 X-Hub-Signature alone, with a warning', () => {
    const r = analyseSignature(
      request({
        headers: [['X-Hub-Signature', `sha1=${hmac('sha1', APP_SECRET, whatsappBody, 'hex')}`]],
        body: whatsappBody,
      }),
      secretsOf({ meta: [APP_SECRET] }),
    );
    expect(r.verdict).toBe('pass');
    expect(r.format?.id).toBe('meta-sha1-legacy');
    expect(r.scheme?.algorithm).toBe('HMAC-SHA1');
    expect(r.warnings.join(' ')).toMatch(/legacy SHA-1/);
  });

  it('fails with the wrong App Secret, shows the computed digest, blames the secret', () => {
    const r = analyseSignature(
      request({ headers: [['X-Hub-Signature-256', sig]], body: whatsappBody }),
      secretsOf({ meta: ['not-the-app-secret-0123456789'] }),
    );
    expect(r.verdict).toBe('fail');
    expect(r.reason).toBe('digest-mismatch');
    expect(r.computed).toBe(`sha256=${hmac('sha256', 'not-the-app-secret-0123456789', whatsappBody, 'hex')}`);
    expect(codes(r)).toEqual(['secret-likely']);
  });

  it('reports no-secret when the provider is known but nothing is stored', () => {
    const r = analyseSignature(
      request({ headers: [['X-Hub-Signature-256', sig]], body: whatsappBody }),
      noSecrets,
    );
    expect(r.verdict).toBe('no-secret');
    expect(r.provider).toBe('meta');
    expect(r.signedContent?.bodySha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('tries every stored secret (rotation) and names the one that matched', () => {
    const r = analyseSignature(
      request({ headers: [['X-Hub-Signature-256', sig]], body: whatsappBody }),
      secretsOf({
        meta: [
          { label: 'new', value: 'rotated-secret-value-abcdef' },
          { label: 'old', value: APP_SECRET },
        ],
      }),
    );
    expect(r.verdict).toBe('pass');
    expect(r.matchedSecret).toBe('old');
    expect(r.secretsTried).toBe(2);
    expect(r.warnings.join(' ')).toMatch(/not the first one stored/);
  });
});

describe('GitHub', () => {
  it('reproduces the GitHub docs example ("Hello, World!")', () => {
    const r = analyseSignature(
      request({
        headers: [
          ['X-GitHub-Event', 'ping'],
          ['X-Hub-Signature-256', 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17'],
        ],
        body: Buffer.from('Hello, World!'),
      }),
      secretsOf({ github: ["It's a Secret to Everybody"] }),
    );
    expect(r.provider).toBe('github');
    expect(r.verdict).toBe('pass');
    expect(r.computed).toBe('sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17');
  });

  it('is unsigned when no secret is configured at GitHub (no header)', () => {
    const r = analyseSignature(
      request({ headers: [['X-GitHub-Event', 'push']], body: Buffer.from('{}') }),
      secretsOf({ github: ['x'] }),
    );
    expect(r.verdict).toBe('unsigned');
    expect(r.reason).toBe('missing-header');
    expect(r.warnings.join(' ')).toMatch(/no secret configured/);
  });
});

describe('WaSphere (both formats)', () => {
  const secret = 'your-strong-webhook-secret-here';
  // The seed's own cURL recipe payload.
  const payload = Buffer.from(
    '{"event":"message.received","deliveryId":"test","timestamp":"2026-05-25T10:00:00.000Z","data":{"sessionId":"sess_test","from":"447700900456@s.whatsapp.net","type":"text","content":{"text":"Hello"}}}',
  );

  it('passes the seed-guide format and warns that the timestamp is not signed', () => {
    const r = analyseSignature(
      request({
        headers: [
          ['X-WaSphere-Signature', `sha256=${hmac('sha256', secret, payload, 'hex')}`],
          ['X-WaSphere-Timestamp', String(NOW - 10)],
        ],
        body: payload,
      }),
      secretsOf({ wasphere: [secret] }),
    );
    expect(r.verdict).toBe('pass');
    expect(r.format?.id).toBe('wasphere-seed');
    expect(r.timestamp).toMatchObject({
      ageAtCapture: 10,
      maxAgeSeconds: 300,
      maxAheadSeconds: 300,
      signed: false,
      rejectedAtCapture: false,
    });
    expect(r.warnings.join(' ')).toMatch(/not covered by the signature/);
  });

  it('passes the v1 format real deliveries use and says which format matched', () => {
    const ts = String(NOW - 3);
    const r = analyseSignature(
      request({
        headers: [
          [
            'X-WaSphere-Signature',
            `v1,sha256=${hmac('sha256', secret, `${ts}.${payload.toString()}`, 'hex')}`,
          ],
          ['X-WaSphere-Timestamp', ts],
          ['X-WaSphere-Event', 'message.received'],
        ],
        body: payload,
      }),
      secretsOf({ wasphere: [secret] }),
    );
    expect(r.verdict).toBe('pass');
    expect(r.format?.id).toBe('wasphere-v1');
    expect(r.scheme?.template).toBe('{timestamp}.{body}');
    expect(r.timestamp?.signed).toBe(true);
    expect(r.signedContent?.preview.startsWith(`${ts}.{"event"`)).toBe(true);
    expect(r.computed).toBe(r.received);
  });

  it('rejects a WaSphere delivery outside ±300 s (both directions)', () => {
    for (const ts of [NOW - 301, NOW + 301]) {
      const r = analyseSignature(
        request({
          headers: [
            ['X-WaSphere-Signature', `sha256=${hmac('sha256', secret, payload, 'hex')}`],
            ['X-WaSphere-Timestamp', String(ts)],
          ],
          body: payload,
        }),
        secretsOf({ wasphere: [secret] }),
      );
      expect(r.verdict).toBe('stale');
      expect(r.reason).toBe('timestamp-outside-window');
      expect(codes(r)[0]).toBe(ts < NOW ? 'stale-timestamp' : 'future-timestamp');
    }
  });
});

describe('Sendsar', () => {
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  it('uses the whsec_ secret as text, prefix included', () => {
    const body = Buffer.from('{"event":"message.created","data":{"id":"msg_1"}}');
    const r = analyseSignature(
      request({ headers: [['X-Webhook-Signature', `sha256=${hmac('sha256', secret, body, 'hex')}`]], body }),
      secretsOf({ sendsar: [secret] }),
    );
    expect(r.provider).toBe('sendsar');
    expect(r.verdict).toBe('pass');
    expect(r.scheme?.keyDerivation).toMatch(/raw text/);
  });
});

describe('Shopify', () => {
  it('passes a base64 HMAC-SHA256 of the body', () => {
    const body = Buffer.from('{"id":820982911946154508,"email":"jon@example.com"}');
    const r = analyseSignature(
      request({
        headers: [
          ['X-Shopify-Topic', 'orders/create'],
          ['X-Shopify-Hmac-Sha256', hmac('sha256', 'shpss_client_secret', body, 'base64')],
        ],
        body,
      }),
      secretsOf({ shopify: ['shpss_client_secret'] }),
    );
    expect(r.provider).toBe('shopify');
    expect(r.verdict).toBe('pass');
    expect(r.scheme?.encoding).toBe('base64');
  });
});

describe('Linear', () => {
  const secret = 'lin_wh_secret_1234567890';
  const bodyAt = (ms: number) =>
    Buffer.from(JSON.stringify({ action: 'create', type: 'Issue', data: { id: 'x' }, webhookTimestamp: ms }));

  it('passes and reads the timestamp (ms) from the body', () => {
    const body = bodyAt(NOW * 1000 - 20_000);
    const r = analyseSignature(
      request({
        headers: [
          ['Linear-Delivery', 'd1'],
          ['Linear-Signature', hmac('sha256', secret, body, 'hex')],
        ],
        body,
      }),
      secretsOf({ linear: [secret] }),
    );
    expect(r.verdict).toBe('pass');
    expect(r.timestamp).toMatchObject({
      source: 'body:webhookTimestamp',
      ageAtCapture: 20,
      maxAgeSeconds: 60,
    });
  });

  it('fails outside ±60 s at capture time', () => {
    const body = bodyAt(NOW * 1000 - 61_000);
    const r = analyseSignature(
      request({ headers: [['Linear-Signature', hmac('sha256', secret, body, 'hex')]], body }),
      secretsOf({ linear: [secret] }),
    );
    expect(r.verdict).toBe('stale');
    expect(r.reason).toBe('timestamp-outside-window');
  });
});
