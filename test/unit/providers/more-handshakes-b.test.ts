// URL checks of the second batch of providers: what the receiver answers by itself and how the
// Signature tab reports each (a handshake, with what the provider expects).
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { answerReceiverHandshake } from '../../../src-main/core/providers/receiver-handshake';
import { analyseSignature } from '../../../src-main/core/signatures';

const NOW = 1_750_000_000;
const answer = (
  method: string,
  path: string,
  headers: [string, string][],
  body: Buffer,
  secrets: Record<string, string[]> = {},
) =>
  answerReceiverHandshake(
    { method, path, headers, body },
    () => null,
    (p) => secrets[p] ?? [],
  );
const analyse = (
  method: string,
  path: string,
  headers: [string, string][],
  body: Buffer,
  secrets: Record<string, string[]> = {},
) =>
  analyseSignature(
    {
      method,
      url: `https://hooks.example.test${path}`,
      path,
      headers,
      body,
      receivedAtUnix: NOW,
      nowUnix: NOW,
    },
    (p) => (secrets[p] ?? []).map((value, i) => ({ label: `#${i + 1}`, value })),
  );

describe('Asana X-Hook-Secret', () => {
  // The handshake example of developers.asana.com › Establish a webhook.
  const hookSecret = 'b537207f20cbfa02357cf448134da559e8bd39d61597dcd5631b8012eae53e81';

  it('answers 200 with the X-Hook-Secret header echoed', () => {
    const a = answer('POST', '/receive-webhook/7654', [['X-Hook-Secret', hookSecret]], Buffer.alloc(0));
    expect(a).toMatchObject({ provider: 'asana', status: 200 });
    expect(a?.headers).toEqual([['X-Hook-Secret', hookSecret]]);
    expect(a?.note).not.toContain(hookSecret);
  });

  it('is reported as an Asana handshake telling the user to store the value', () => {
    const r = analyse('POST', '/receive-webhook/7654', [['X-Hook-Secret', hookSecret]], Buffer.alloc(0));
    expect(r).toMatchObject({ provider: 'asana', verdict: 'handshake' });
    expect(r.handshake).toMatchObject({ kind: 'asana-hook-secret', expectedResponse: { status: 200 } });
    expect(r.handshake?.note).toMatch(/store that value as the Asana secret/);
  });

  it('leaves deliveries (X-Hook-Signature, no X-Hook-Secret) to the default answer', () => {
    expect(answer('POST', '/a', [['X-Hook-Signature', 'ab']], Buffer.from('{"events":[]}'))).toBeNull();
  });
});

describe('Notion verification token', () => {
  const body = Buffer.from('{"verification_token":"secret_tMrlL1qK5vuQAh1b6cZGhFChZTSYJlce98V0pYn7yBl"}');

  it('acknowledges the unsigned verification POST and records it as a Notion handshake', () => {
    expect(answer('POST', '/notion', [['Content-Type', 'application/json']], body)).toMatchObject({
      provider: 'notion',
      status: 200,
    });
    const r = analyse('POST', '/notion', [['Content-Type', 'application/json']], body);
    expect(r).toMatchObject({ provider: 'notion', verdict: 'handshake' });
    expect(r.handshake).toMatchObject({ kind: 'notion-verification' });
    expect(r.handshake?.note).toMatch(/verification_token/);
  });

  it('does not take a body that merely mentions verification_token among other fields', () => {
    const other = Buffer.from('{"verification_token":"x","type":"page.created"}');
    expect(answer('POST', '/notion', [], other)).toBeNull();
  });
});

describe('Worldline endpoint verification', () => {
  const headers: [string, string][] = [['X-GCS-Webhooks-Endpoint-Verification', 'cafe1234-verify']];

  it('echoes the header value as text/plain and is recorded as a Worldline handshake', () => {
    expect(answer('GET', '/worldline', headers, Buffer.alloc(0))).toMatchObject({
      provider: 'worldline',
      status: 200,
      body: 'cafe1234-verify',
      contentType: 'text/plain; charset=utf-8',
    });
    const r = analyse('GET', '/worldline', headers, Buffer.alloc(0));
    expect(r).toMatchObject({ provider: 'worldline', verdict: 'handshake' });
    expect(r.handshake).toMatchObject({
      kind: 'worldline-verification',
      expectedResponse: { status: 200, body: 'cafe1234-verify' },
    });
  });

  it('leaves GETs without the header alone', () => {
    expect(answer('GET', '/worldline', [], Buffer.alloc(0))).toBeNull();
  });
});

describe('X (Twitter) CRC check', () => {
  const secret = 'x-consumer-secret';
  const expected = JSON.stringify({
    response_token: `sha256=${createHmac('sha256', secret).update('crc-token-123').digest('base64')}`,
  });

  it('answers the GET crc_token with the response_token keyed with the stored consumer secret', () => {
    expect(
      answer('GET', '/x?crc_token=crc-token-123', [], Buffer.alloc(0), { twitter: [secret] }),
    ).toMatchObject({
      provider: 'twitter',
      status: 200,
      body: expected,
      contentType: 'application/json',
    });
    const r = analyse('GET', '/x?crc_token=crc-token-123', [], Buffer.alloc(0), { twitter: [secret] });
    expect(r).toMatchObject({ provider: 'twitter', verdict: 'handshake' });
    expect(r.handshake).toMatchObject({
      kind: 'twitter-crc',
      expectedResponse: { status: 200, body: expected },
    });
  });

  it('says it could not answer when no consumer secret is stored', () => {
    expect(answer('GET', '/x?crc_token=abc', [], Buffer.alloc(0))).toMatchObject({
      provider: 'twitter',
      status: 503,
      note: expect.stringContaining('no consumer secret stored') as unknown,
    });
  });
});
