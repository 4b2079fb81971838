// Public-key schemes (Discord Ed25519, SendGrid ECDSA) and PayPal (unverifiable offline).
import { generateKeyPairSync, sign } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyseSignature } from '../../../src-main/core/signatures';
import { NOW, codes, request, secretsOf } from './helpers';

function discordKeys() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x ?? '';
  return { privateKey, publicHex: Buffer.from(x, 'base64url').toString('hex') };
}

describe('Discord interactions (Ed25519)', () => {
  const keys = discordKeys();
  const ts = String(NOW - 1);
  const signed = (body: string, key = keys.privateKey) =>
    sign(null, Buffer.from(ts + body), key).toString('hex');
  const body = '{"type":2,"data":{"name":"hello"}}';

  it('verifies with the application public key', () => {
    const r = analyseSignature(
      request({
        headers: [
          ['X-Signature-Ed25519', signed(body)],
          ['X-Signature-Timestamp', ts],
        ],
        body: Buffer.from(body),
      }),
      secretsOf({ discord: [{ label: 'app key', value: keys.publicHex }] }),
    );
    expect(r.provider).toBe('discord');
    expect(r.verdict).toBe('pass');
    expect(r.matchedSecret).toBe('app key');
    expect(r.scheme).toMatchObject({ algorithm: 'Ed25519', keyDerivation: 'public key' });
    expect(r.signedContent?.preview).toBe(ts + body);
  });

  it('says the key is malformed (a bot token) vs valid but not the signer', () => {
    const botToken = 'MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';
    const bad = analyseSignature(
      request({
        headers: [
          ['X-Signature-Ed25519', signed(body)],
          ['X-Signature-Timestamp', ts],
        ],
        body: Buffer.from(body),
      }),
      secretsOf({ discord: [botToken] }),
    );
    expect(bad.verdict).toBe('fail');
    expect(bad.reason).toBe('invalid-key');
    expect(codes(bad)).toContain('public-key-invalid');
    expect(bad.diagnosis.find((d) => d.code === 'public-key-invalid')?.message).toMatch(/bot token/);

    const other = analyseSignature(
      request({
        headers: [
          ['X-Signature-Ed25519', signed(body)],
          ['X-Signature-Timestamp', ts],
        ],
        body: Buffer.from(body),
      }),
      secretsOf({ discord: [discordKeys().publicHex] }),
    );
    expect(other.verdict).toBe('fail');
    expect(codes(other)).toContain('public-key-mismatch');
  });
});

describe('SendGrid Event Webhook (ECDSA P-256)', () => {
  // Vector from sendgrid-nodejs packages/eventwebhook tests.
  const PUBLIC_KEY =
    'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEDr2LjtURuePQzplybdC+u4CwrqDqBaWjcMMsTbhdbcwHBcepxo7yAQGhHPTnlvFYPAZFceEu/1FwCM/QmGUhA==';
  const SIGNATURE =
    'MEUCIQCtIHJeH93Y+qpYeWrySphQgpNGNr/U+UyUlBkU6n7RAwIgJTz2C+8a8xonZGi6BpSzoQsbVRamr2nlxFDWYNH2j/0=';
  const TIMESTAMP = '1588788367';
  const PAYLOAD = JSON.stringify({
    category: 'example_payload',
    event: 'test_event',
    message_id: 'message_id',
  });
  const headers: [string, string][] = [
    ['X-Twilio-Email-Event-Webhook-Signature', SIGNATURE],
    ['X-Twilio-Email-Event-Webhook-Timestamp', TIMESTAMP],
  ];

  it('reproduces the SDK vector', () => {
    const r = analyseSignature(
      request({ headers, body: Buffer.from(PAYLOAD) }),
      secretsOf({ sendgrid: [PUBLIC_KEY] }),
    );
    expect(r.provider).toBe('sendgrid');
    expect(r.verdict).toBe('pass');
  });

  it('rejects the SDK "invalid key" and "bad payload" vectors', () => {
    const otherKey =
      'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqTxd43gyp8IOEto2LdIfjRQrIbsd4SXZkLW6jDutdhXSJCWHw8REntlo7aNDthvj+y7GjUuFDb/R1NGe1OPzpA==';
    expect(
      analyseSignature(request({ headers, body: Buffer.from(PAYLOAD) }), secretsOf({ sendgrid: [otherKey] }))
        .verdict,
    ).toBe('fail');
    expect(
      analyseSignature(
        request({ headers, body: Buffer.from('payload') }),
        secretsOf({ sendgrid: [PUBLIC_KEY] }),
      ).verdict,
    ).toBe('fail');
  });

  it('verifies a fresh in-test signature and accepts a PEM key', () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const body = '[{"email":"a@example.com","event":"delivered"}]\r\n';
    const sig = sign('sha256', Buffer.from(TIMESTAMP + body), privateKey).toString('base64');
    const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const r = analyseSignature(
      request({
        headers: [
          ['X-Twilio-Email-Event-Webhook-Signature', sig],
          ['X-Twilio-Email-Event-Webhook-Timestamp', TIMESTAMP],
        ],
        body: Buffer.from(body),
      }),
      secretsOf({ sendgrid: [pem] }),
    );
    expect(r.verdict).toBe('pass');
  });
});

describe('PayPal', () => {
  it('is unverifiable offline and shows what would be signed', () => {
    const body = Buffer.from('{"id":"WH-1","event_type":"PAYMENT.CAPTURE.COMPLETED"}');
    const r = analyseSignature(
      request({
        headers: [
          ['PAYPAL-TRANSMISSION-ID', '69cd13f0-d67a-11e5-baa3-778b53f4ae55'],
          ['PAYPAL-TRANSMISSION-TIME', '2016-02-18T20:01:35Z'],
          ['PAYPAL-TRANSMISSION-SIG', 'ZmFrZQ=='],
          [
            'PAYPAL-CERT-URL',
            'https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-a5cafa77',
          ],
          ['PAYPAL-AUTH-ALGO', 'SHA256withRSA'],
        ],
        body,
      }),
      secretsOf({}),
    );
    expect(r.provider).toBe('paypal');
    expect(r.verdict).toBe('unverifiable');
    expect(r.reason).toBe('needs-network');
    expect(r.signedContent?.preview).toBe(
      `69cd13f0-d67a-11e5-baa3-778b53f4ae55|2016-02-18T20:01:35Z|<your webhook id>|${crc32(body)}`,
    );
  });
});
