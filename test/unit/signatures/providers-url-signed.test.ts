// Providers that sign the URL: Twilio (URL + sorted form params, SHA-1 base64) and Square
// (notification URL + body). Both need the public URL the sender called.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyseSignature } from '../../../src-main/core/signatures';
import { codes, hmac, request, secretsOf } from './helpers';

describe('Twilio', () => {
  // The example from Twilio's signature-validation snippets (auth token "12345").
  const params: [string, string][] = [
    ['CallSid', 'CA1234567890ABCDE'],
    ['Caller', '+14158675310'],
    ['Digits', '1234'],
    ['From', '+14158675310'],
    ['To', '+18005551212'],
  ];
  const form = Buffer.from(new URLSearchParams(params).toString());

  it('reproduces the published example through the configured public URL', () => {
    const r = analyseSignature(
      request({
        headers: [
          ['Content-Type', 'application/x-www-form-urlencoded'],
          ['X-Twilio-Signature', 'GvWf1cFY/Q7PnoempGyD5oXAezc='],
        ],
        body: form,
        url: 'http://127.0.0.1:4000/myapp.php?foo=1&bar=2',
        path: '/myapp.php?foo=1&bar=2',
        publicUrl: 'https://mycompany.com',
      }),
      secretsOf({ twilio: ['12345'] }),
    );
    expect(r.provider).toBe('twilio');
    expect(r.verdict).toBe('pass');
    expect(r.signedContent?.preview).toBe(
      'https://mycompany.com/myapp.php?foo=1&bar=2CallSidCA1234567890ABCDECaller+14158675310Digits1234From+14158675310To+18005551212',
    );
  });

  it('accepts the URL with the default port added (as twilio-node does)', () => {
    const url = 'https://mycompany.com:443/myapp.php?foo=1&bar=2';
    let content = url;
    for (const [k, v] of [...params].sort(([a], [b]) => (a < b ? -1 : 1))) content += k + v;
    const r = analyseSignature(
      request({
        headers: [
          ['Content-Type', 'application/x-www-form-urlencoded'],
          ['X-Twilio-Signature', hmac('sha1', '12345', content, 'base64')],
        ],
        body: form,
        path: '/myapp.php?foo=1&bar=2',
        publicUrl: 'https://mycompany.com',
      }),
      secretsOf({ twilio: ['12345'] }),
    );
    expect(r.verdict).toBe('pass');
    expect(r.warnings.join(' ')).toMatch(/port added or removed/);
  });

  it('signs only the URL for JSON bodies and checks bodySHA256 separately', () => {
    const body = Buffer.from('{"MessageSid":"SM1","Body":"hi"}');
    const path = `/hook?bodySHA256=${createHash('sha256').update(body).digest('hex')}`;
    const url = `https://abc.ngrok.app${path}`;
    const sig = hmac('sha1', 'auth-token-xyz', url, 'base64');
    const ok = analyseSignature(
      request({
        headers: [
          ['Content-Type', 'application/json'],
          ['X-Twilio-Signature', sig],
        ],
        body,
        path,
        publicUrl: 'https://abc.ngrok.app',
      }),
      secretsOf({ twilio: ['auth-token-xyz'] }),
    );
    expect(ok.verdict).toBe('pass');
    const tampered = analyseSignature(
      request({
        headers: [
          ['Content-Type', 'application/json'],
          ['X-Twilio-Signature', sig],
        ],
        body: Buffer.from('{"MessageSid":"SM1","Body":"HI"}'),
        path,
        publicUrl: 'https://abc.ngrok.app',
      }),
      secretsOf({ twilio: ['auth-token-xyz'] }),
    );
    expect(tampered.verdict).toBe('fail');
    expect(tampered.reason).toBe('body-hash-mismatch');
    expect(codes(tampered)[0]).toBe('body-hash-mismatch');
  });
});

describe('Square', () => {
  // Vectors from square-nodejs-sdk's webhooksHelper tests.
  const body = Buffer.from(
    '{"merchant_id":"MLEFBHHSJGVHD","type":"webhooks.test_notification","event_id":"ac3ac95b-f97d-458c-a6e6-18981597e05f","created_at":"2022-07-13T20:30:59.037339943Z","data":{"type":"webhooks","id":"bc368e64-01aa-407e-b46e-3231809b1129"}}',
  );

  it('reproduces the SDK vector (URL + body, key used as text)', () => {
    const r = analyseSignature(
      request({
        headers: [['x-square-hmacsha256-signature', 'GF4YkrJgGBDZ9NIYbNXBnMzqb2HoL4RW/S6vkZ9/2N4=']],
        body,
        path: '/679a4f3a-dcfa-49ee-bac5-9d0edad886b9',
        publicUrl: 'https://webhook.site',
      }),
      secretsOf({ square: ['Ibxx_5AKakO-3qeNVR61Dw'] }),
    );
    expect(r.provider).toBe('square');
    expect(r.verdict).toBe('pass');
  });

  it('reproduces the SDK escaped-characters vector', () => {
    const r = analyseSignature(
      request({
        headers: [['x-square-hmacsha256-signature', 'Cxt7+aTi4rKgcA0bC4g9EHdVtLSDWdqccmL5MvihU4U=']],
        body: Buffer.from('{"data":{"type":"webhooks","id":">id<"}}'),
        path: '/webhooks',
        publicUrl: 'https://webhook.site',
      }),
      secretsOf({ square: ['signature-key'] }),
    );
    expect(r.verdict).toBe('pass');
  });

  it('fails the SDK URL-mismatch vector', () => {
    const r = analyseSignature(
      request({
        headers: [['x-square-hmacsha256-signature', 'GF4YkrJgGBDZ9NIYbNXBnMzqb2HoL4RW/S6vkZ9/2N4=']],
        body,
        url: 'https://webhook.site/79a4f3a-dcfa-49ee-bac5-9d0edad886b9',
        path: '/79a4f3a-dcfa-49ee-bac5-9d0edad886b9',
      }),
      secretsOf({ square: ['Ibxx_5AKakO-3qeNVR61Dw'] }),
    );
    expect(r.verdict).toBe('fail');
  });
});
