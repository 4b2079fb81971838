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
