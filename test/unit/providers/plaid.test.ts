// Plaid: a JWT in Plaid-Verification, ES256 over header.payload, whose payload names the body's
// SHA-256 and its issue time. Signed here with a fresh P-256 key (node:crypto, raw r||s as JWS
// requires); the user stores the public JWK as Plaid's /webhook_verification_key/get returns it.
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyseSignature, type AnalysisRequest } from '../../../src-main/core/signatures';

const NOW = 1_750_000_000;
const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const jwk = {
  ...publicKey.export({ format: 'jwk' }),
  alg: 'ES256',
  kid: '6c5516e1-92dc-479e-a8ff-5a51992e0001',
  use: 'sig',
  created_at: 1560466150,
  expired_at: null,
};
const body = Buffer.from(
  '{\n  "environment": "sandbox",\n  "webhook_code": "SYNC_UPDATES_AVAILABLE",\n  "webhook_type": "TRANSACTIONS"\n}',
);
const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

function jwt(claims: Record<string, unknown>, kid = jwk.kid, key = privateKey): string {
  const signingInput = `${b64url({ alg: 'ES256', kid, typ: 'JWT' })}.${b64url(claims)}`;
  const sig = sign('sha256', Buffer.from(signingInput), { key, dsaEncoding: 'ieee-p1363' });
  return `${signingInput}.${sig.toString('base64url')}`;
}
const bodyHash = createHash('sha256').update(body).digest('hex');
const req = (token: string, b = body): AnalysisRequest => ({
  method: 'POST',
  url: 'https://hooks.example.test/plaid',
  path: '/plaid',
  headers: [
    ['Content-Type', 'application/json'],
    ['Plaid-Verification', token],
  ],
  body: b,
  receivedAtUnix: NOW,
  nowUnix: NOW,
});
const stored = (value: string) => (p: string) => (p === 'plaid' ? [{ label: 'kid 6c55', value }] : []);

describe('Plaid', () => {
  it('passes with the JWK pasted as Plaid returns it ({"key": …} or the key alone)', () => {
    const token = jwt({ iat: NOW - 10, request_body_sha256: bodyHash });
    expect(analyseSignature(req(token), stored(JSON.stringify({ key: jwk, request_id: 'x' })))).toMatchObject(
      { provider: 'plaid', verdict: 'pass' },
    );
    expect(analyseSignature(req(token), stored(JSON.stringify(jwk))).verdict).toBe('pass');
  });

  it('fails with "body changed" when the body is not the one whose hash was signed', () => {
    const token = jwt({ iat: NOW - 10, request_body_sha256: bodyHash });
    const r = analyseSignature(
      req(token, Buffer.from(body.toString().replace('sandbox', 'production'))),
      stored(JSON.stringify(jwk)),
    );
    expect(r).toMatchObject({ verdict: 'fail', reason: 'body-hash-mismatch' });
  });

  it('is stale (valid signature) on an iat older than five minutes', () => {
    const r = analyseSignature(
      req(jwt({ iat: NOW - 301, request_body_sha256: bodyHash })),
      stored(JSON.stringify(jwk)),
    );
    expect(r).toMatchObject({ verdict: 'stale', reason: 'timestamp-outside-window' });
  });

  it('fails when another key signed it, and warns when the stored kid is not the JWT kid', () => {
    const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const r = analyseSignature(
      req(jwt({ iat: NOW, request_body_sha256: bodyHash }, 'other-kid', other.privateKey)),
      stored(JSON.stringify(jwk)),
    );
    expect(r.verdict).toBe('fail');
    expect(r.warnings.join(' ')).toMatch(/kid other-kid/);
  });

  it('explains a stored value that is not a key', () => {
    const r = analyseSignature(
      req(jwt({ iat: NOW, request_body_sha256: bodyHash })),
      stored('plaid-secret-abc'),
    );
    expect(r).toMatchObject({ verdict: 'fail', reason: 'invalid-key' });
  });
});
