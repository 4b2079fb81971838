// Test vectors the providers themselves publish, verified as captured deliveries. Each cites where
// the vector comes from; the values are copied from there, not computed here.
import { describe, expect, it } from 'vitest';
import { analyseSignature, type AnalysisRequest } from '../../../src-main/core/signatures';

const request = (over: Partial<AnalysisRequest> & { headers: [string, string][] }): AnalysisRequest => ({
  method: 'POST',
  url: 'https://www.example.com/webhook_uri',
  path: '/webhook_uri',
  body: Buffer.alloc(0),
  receivedAtUnix: 1_750_000_000,
  nowUnix: 1_750_000_000,
  ...over,
});
const stored = (provider: string, value: string) => (p: string) =>
  p === provider ? [{ label: 'doc', value }] : [];

describe('HubSpot (developers.hubspot.com/docs/faq/v1-request-validation, …/v2-request-validation)', () => {
  const secret = 'yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy';

  it('v1: the documented body hashes to the documented signature', () => {
    const body = Buffer.from(
      '[{"eventId":1,"subscriptionId":12345,"portalId":62515,"occurredAt":1564113600000,"subscriptionType":"contact.creation","attemptNumber":0,"objectId":123,"changeSource":"CRM","changeFlag":"NEW","appId":54321}]',
    );
    const r = analyseSignature(
      request({
        headers: [
          ['X-HubSpot-Signature-Version', 'v1'],
          ['X-HubSpot-Signature', '232db2615f3d666fe21a8ec971ac7b5402d33b9a925784df3ca654d05f4817de'],
        ],
        body,
      }),
      stored('hubspot', secret),
    );
    expect(r).toMatchObject({ provider: 'hubspot', verdict: 'pass', format: { id: 'hubspot-v1' } });
  });

  it('v2: the documented GET to https://www.example.com/webhook_uri', () => {
    const r = analyseSignature(
      request({
        method: 'GET',
        headers: [
          ['X-HubSpot-Signature-Version', 'v2'],
          ['X-HubSpot-Signature', 'eee2dddcc73c94d699f5e395f4b9d454a069a6855fbfa152e91e88823087200e'],
        ],
      }),
      stored('hubspot', secret),
    );
    expect(r).toMatchObject({ provider: 'hubspot', verdict: 'pass', format: { id: 'hubspot-v2' } });
  });
});

describe('Sanity (@sanity/webhook test suite, github.com/sanity-io/webhook-toolkit test/signature.test.ts)', () => {
  it.each([
    ['test', '{"_id":"resume"}', 't=1633519811129,v1=tLa470fx7qkLLEcMOcEUFuBbRSkGujyskxrNXcoh0N0'],
    [
      'try-me',
      '{"title":"GROQ-Hooks are neat"}',
      't=1633518820676,v1=e7C9h2sfbFfc4V7TEz7PSOp4IoNzl0UdVsBV-1wgdeA',
    ],
  ])('secret %s: %s verifies', (secret, body, header) => {
    const r = analyseSignature(
      request({ headers: [['sanity-webhook-signature', header]], body: Buffer.from(body) }),
      stored('sanity', secret),
    );
    expect(r).toMatchObject({ provider: 'sanity', verdict: 'pass' });
  });

  it('the same signature with the timestamp one millisecond off fails', () => {
    const r = analyseSignature(
      request({
        headers: [
          ['sanity-webhook-signature', 't=1633519811128,v1=tLa470fx7qkLLEcMOcEUFuBbRSkGujyskxrNXcoh0N0'],
        ],
        body: Buffer.from('{"_id":"resume"}'),
      }),
      stored('sanity', 'test'),
    );
    expect(r.verdict).toBe('fail');
  });
});

describe('Coinbase Commerce (coinbase-commerce-node, github.com/coinbase/coinbase-commerce-node test/testWebhook.spec.js)', () => {
  const payload =
    '{"id":1,"scheduled_for":"2017-01-31T20:50:02Z","attempt_number":1,"event":{"id":"24934862-d980-46cb-9402-43c81b0cdba6","type":"charge:created","api_version":"2018-03-22","created_at":"2017-01-31T20:49:02Z","data":{"code":"66BEOV2A","name":"The Sovereign Individual","description":"Mastering the Transition to the Information Age","hosted_url":"https://commerce.coinbase.com/charges/66BEOV2A","created_at":"2017-01-31T20:49:02Z","expires_at":"2017-01-31T21:04:02Z","timeline":[{"time":"2017-01-31T20:49:02Z","status":"NEW"}],"metadata":{},"pricing_type":"no_price","payments":[],"addresses":{"bitcoin":"0000000000000000000000000000000000","ethereum":"0x0000000000000000000000000000000000000000","litecoin":"3000000000000000000000000000000000","bitcoincash":"bitcoincash:000000000000000000000000000000000000000000"}}}}';
  const headers: [string, string][] = [
    ['X-CC-Webhook-Signature', '8be7742c7d372f08a6a3224edadf18a22b65fa9e28f3f2de97376cdaa092590d'],
  ];

  it('the SDK test delivery verifies with its shared secret', () => {
    const r = analyseSignature(
      request({ headers, body: Buffer.from(payload) }),
      stored('coinbase-commerce', '30291a20-0bd1-4267-9b0f-e6e7b123c0bf'),
    );
    expect(r).toMatchObject({ provider: 'coinbase-commerce', verdict: 'pass' });
  });

  it('and fails with the SDK test’s one-character-off secret', () => {
    const r = analyseSignature(
      request({ headers, body: Buffer.from(payload) }),
      stored('coinbase-commerce', '30291a20-0bd1-4267-9b0f-e6e7b123c0bg'),
    );
    expect(r.verdict).toBe('fail');
  });
});
