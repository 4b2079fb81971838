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

describe('Intercom (developers.intercom.com/intercom-api-reference/v1.0/reference/signed-notifications)', () => {
  // The documented example delivery, pretty-printed as published. Its hub_secret is not published,
  // so only recognition is checked here: the signature is read as Intercom's, not GitHub's or Meta's.
  const body = `{
  "type" : "notification_event",
  "id" : "notif_78c122d0-23ba-11e4-9464-79b01267cc2e",
  "topic" : "user.created",
  "app_id" : "a86dr8yl",
  "data" : {
    "type" : "notification_event_data",
    "item" : {
      "type" : "user",
      "id" : "530370b477ad7120001d",
      "user_id" : "25",
      "name" : "Hoban Washburne",
      "unsubscribed_from_emails" : false,
      "custom_attributes" : {}
    }
  }
}`;

  it('the documented example request is recognised as Intercom and read as sha1=<hex>', () => {
    const r = analyseSignature(
      request(
        [
          ['User-Agent', 'intercom-parrot-service-client/1.0'],
          ['X-Hub-Signature', 'sha1=21ff2e149e0fdcac6f947740f6177f6434bda921'],
          ['Content-Type', 'application/json'],
        ],
        body,
      ),
      () => [],
    );
    expect(r).toMatchObject({ provider: 'intercom', verdict: 'no-secret' });
  });
});
