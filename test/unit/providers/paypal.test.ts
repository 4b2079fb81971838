// PayPal: without a stored certificate a delivery is 'unverifiable' and says what would be signed
// (the CRC32 of the body included); with the webhook id and the certificate pasted it is verified
// offline. Deliveries are signed here with node:crypto and a test key whose self-signed certificate
// is a fixture (test/fixtures/paypal), the way PayPal signs `id|time|webhook id|crc32(body)`.
import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyseSignature, type AnalysisRequest } from '../../../src-main/core/signatures';

const NOW = 1_750_000_000;
const cert = readFileSync(new URL('../../fixtures/paypal/test-signing-cert.pem', import.meta.url), 'utf8');
const privateKey = createPrivateKey(
  readFileSync(new URL('../../fixtures/paypal/test-signing-key.pem', import.meta.url)),
);
const WEBHOOK_ID = '8PT597110X687430LKGECATA';
const body = Buffer.from(
  '{"id":"WH-2WR32451HC0233532-67976317FL4543714","event_type":"PAYMENT.CAPTURE.COMPLETED"}',
);
const id = '69cd13f0-d67a-11e5-baa3-778b53f4ae55';
const time = '2016-02-18T20:01:35Z';

function delivery(signedBody: Buffer, key = privateKey, webhookId = WEBHOOK_ID): AnalysisRequest {
  const signature = sign(
    'sha256',
    Buffer.from(`${id}|${time}|${webhookId}|${crc32(signedBody)}`),
    key,
  ).toString('base64');
  return {
    method: 'POST',
    url: 'https://hooks.example.test/paypal',
    path: '/paypal',
    headers: [
      ['PAYPAL-TRANSMISSION-ID', id],
      ['PAYPAL-TRANSMISSION-TIME', time],
      ['PAYPAL-TRANSMISSION-SIG', signature],
      ['PAYPAL-CERT-URL', 'https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-a5cafa77'],
      ['PAYPAL-AUTH-ALGO', 'SHA256withRSA'],
    ],
    body,
    receivedAtUnix: NOW,
    nowUnix: NOW,
  };
}
const stored = (value: string) => (p: string) => (p === 'paypal' ? [{ label: 'cert', value }] : []);

describe('PayPal', () => {
  it('is unverifiable without a stored certificate, showing the CRC32 of the received body', () => {
    const r = analyseSignature(delivery(body), () => []);
    expect(r.verdict).toBe('unverifiable');
    expect(r.signedContent?.preview).toBe(`${id}|${time}|<your webhook id>|${crc32(body)}`);
    expect(r.warnings.join(' ')).toContain(`CRC32 of the received body: ${crc32(body)}`);
  });

  it('passes with the webhook id and the certificate PEM stored', () => {
    const r = analyseSignature(delivery(body), stored(`${WEBHOOK_ID}\n${cert}`));
    expect(r).toMatchObject({ provider: 'paypal', verdict: 'pass', matchedSecret: 'cert' });
    expect(r.scheme?.algorithm).toBe('RSA SHA256withRSA');
  });

  it('accepts a certificate pasted into a one-line field (line breaks lost)', () => {
    const r = analyseSignature(delivery(body), stored(`${WEBHOOK_ID} ${cert.replace(/\n/g, ' ')}`));
    expect(r.verdict).toBe('pass');
  });

  it('fails when the body changed after signing (its CRC32 differs)', () => {
    const r = analyseSignature(
      { ...delivery(body), body: Buffer.from(body.toString().replace('COMPLETED', 'DENIED')) },
      stored(`${WEBHOOK_ID}\n${cert}`),
    );
    expect(r.verdict).toBe('fail');
    expect(r.diagnosis.map((d) => d.code)).toContain('public-key-mismatch');
  });

  it('fails with another webhook id, and with another key', () => {
    expect(analyseSignature(delivery(body), stored(`WH-OTHER\n${cert}`)).verdict).toBe('fail');
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(analyseSignature(delivery(body, other.privateKey), stored(`${WEBHOOK_ID}\n${cert}`)).verdict).toBe(
      'fail',
    );
  });

  it('says what is wrong with a stored value that is not "webhook id + PEM"', () => {
    const r = analyseSignature(delivery(body), stored(cert));
    expect(r).toMatchObject({ verdict: 'fail', reason: 'invalid-key' });
    expect(r.diagnosis[0]?.message).toMatch(/webhook id is missing/);
  });
});
