// Test vectors from the official SDKs' own test suites, verified as captured deliveries: the body,
// key and signature are copied from the cited test, not computed here.
import { describe, expect, it } from 'vitest';
import { analyseSignature, type AnalysisRequest } from '../../../src-main/core/signatures';

const request = (headers: [string, string][], body: string): AnalysisRequest => ({
  method: 'POST',
  url: 'https://hooks.example.test/in',
  path: '/in',
  headers,
  body: Buffer.from(body),
  receivedAtUnix: 1_750_000_000,
  nowUnix: 1_750_000_000,
});
const stored = (provider: string, value: string) => (p: string) =>
  p === provider ? [{ label: 'published', value }] : [];

describe('LINE (github.com/line/line-bot-sdk-nodejs test/validate-signature.spec.ts)', () => {
  // JSON.stringify({ hello: 'world' }) with channel secret "test_secret".
  const body = '{"hello":"world"}';

  it('the SDK’s valid signature verifies', () => {
    const r = analyseSignature(
      request([['x-line-signature', 't7Hn4ZDHqs6e+wdvI5TyQIvzie0DmMUmuXEBqyyE/tM=']], body),
      stored('line', 'test_secret'),
    );
    expect(r).toMatchObject({ provider: 'line', verdict: 'pass' });
  });

  it('the SDK’s invalid signature (two letters changed in case) fails', () => {
    const r = analyseSignature(
      request([['x-line-signature', 't7Hn4ZDHqs6e+wdvi5TyQivzie0DmMUmuXEBqyyE/tM=']], body),
      stored('line', 'test_secret'),
    );
    expect(r).toMatchObject({ provider: 'line', verdict: 'fail' });
  });
});

describe('Viber (github.com/Viber/viber-bot-python tests/api/test_api.py, test_verify_signature)', () => {
  const token = '44dafb7e0f40021e-61a47a1e6778d187-f2c5a676a07050b3';
  const body = '{"event":"webhook","timestamp":4977069964384421269,"message_token":1478683725125}';

  it('the SDK’s valid signature verifies with its auth token', () => {
    const r = analyseSignature(
      request(
        [['X-Viber-Content-Signature', 'd21b343448c8aee33b8e93768ef6ceb64a6ba6163099973a2b8bd028fea510ef']],
        body,
      ),
      stored('viber', token),
    );
    expect(r).toMatchObject({ provider: 'viber', verdict: 'pass' });
  });

  it('the SDK’s invalid signature fails', () => {
    const r = analyseSignature(
      request([['X-Viber-Content-Signature', 'aaaaaaaaaaaaaaaaaaaaaa']], '{"event":"webhook"}'),
      stored('viber', token),
    );
    expect(r.verdict).toBe('fail');
  });
});
