// HubSpot's v3 signature covers the request URI with a listed set of escapes decoded (%3A %2F %3F
// %40 %21 %24 %27 %28 %29 %2A %2C %3B; developers.hubspot.com › Validating requests › v3). A webhook
// URL whose query carries an e-mail address (%40) or a time (%3A) is signed over the decoded text.
// Signed here with node:crypto as HubSpot describes it, never with Hookscope's verifier.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { resignRequest } from '../../../src-main/core/replay';
import { analyseSignature } from '../../../src-main/core/signatures';

const NOW = 1_750_000_000;
const MS = String(NOW * 1000);
const SECRET = 'hubspot-client-secret';
const PUBLIC = 'https://hooks.example.test';
const PATH = '/hubspot/in?portal=62515&email=ana%40example.com&at=12%3A30&note=a%20b%26c';
const DECODED_URL = `${PUBLIC}/hubspot/in?portal=62515&email=ana@example.com&at=12:30&note=a%20b%26c`;
const body = Buffer.from('[{"eventId":1,"subscriptionType":"contact.creation","objectId":123}]');

const v3 = (url: string) =>
  createHmac('sha256', SECRET).update(`POST${url}`).update(body).update(MS).digest('base64');

const analyse = (headers: [string, string][]) =>
  analyseSignature(
    {
      method: 'POST',
      url: `http://127.0.0.1:8787${PATH}`,
      publicUrl: PUBLIC,
      path: PATH,
      headers,
      body,
      receivedAtUnix: NOW,
      nowUnix: NOW,
    },
    (p) => (p === 'hubspot' ? [{ label: 'app', value: SECRET }] : []),
  );

const signedHeaders = (signature: string): [string, string][] => [
  ['Content-Type', 'application/json'],
  ['X-HubSpot-Request-Timestamp', MS],
  ['X-HubSpot-Signature-v3', signature],
];

describe('HubSpot v3: the signed URL has HubSpot’s listed escapes decoded', () => {
  it('passes a request HubSpot signed over the decoded URL (%40 → @, %3A → :, %20 and %26 kept)', () => {
    const r = analyse(signedHeaders(v3(DECODED_URL)));
    expect(r).toMatchObject({ provider: 'hubspot', verdict: 'pass', format: { id: 'hubspot-v3' } });
  });

  it('fails a signature computed over the URL as sent on the wire', () => {
    expect(analyse(signedHeaders(v3(`${PUBLIC}${PATH}`))).verdict).toBe('fail');
  });

  it('re-signs over the decoded URL, so a replay verifies again', () => {
    const out = resignRequest(
      { method: 'POST', url: `http://127.0.0.1:8787${PATH}`, headers: signedHeaders('stale'), body },
      {
        provider: 'hubspot',
        secrets: [{ label: 'app', value: SECRET }],
        nowUnix: NOW,
        newId: () => 'id',
        signingUrl: `${PUBLIC}${PATH}`,
      },
    );
    if (!out.ok) throw new Error(out.problem);
    expect(out.info.signedUrl).toBe(DECODED_URL);
    const signature = out.headers.find(([n]) => n === 'X-HubSpot-Signature-v3')?.[1];
    expect(signature).toBe(v3(DECODED_URL));
    expect(analyse(out.headers).verdict).toBe('pass');
  });
});
