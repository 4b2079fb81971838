// The generic HMAC scheme: header placeholders, base64url digests and decoded keys, verified and
// re-signed alike, and a scheme saved with a path mapping that wins over the global one there.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { genericConfigFor } from '../../../src-main/core/providers/generic/config-for-path';
import { resignRequest } from '../../../src-main/core/replay';
import { analyseSignature, type AnalysisRequest } from '../../../src-main/core/signatures';
import type { GenericHmacConfig } from '@shared/signature-types';

const NOW = 1_750_000_000;
const KEY_HEX = '6b6579206279746573206e6f742074657874';
const config: GenericHmacConfig = {
  header: 'X-Acme-Signature',
  algorithm: 'sha512',
  encoding: 'base64url',
  prefix: 'v1=',
  template: '{method} {header:X-Acme-Delivery}.{timestamp}.{body}',
  timestampHeader: 'X-Acme-Timestamp',
  toleranceSeconds: 300,
  keyEncoding: 'hex',
};
const body = Buffer.from('{"event":"order.paid","amount":1200}');

function request(headers: [string, string][], b = body): AnalysisRequest {
  return {
    method: 'POST',
    url: 'https://hooks.example.test/acme',
    path: '/acme',
    headers,
    body: b,
    receivedAtUnix: NOW,
    nowUnix: NOW,
    provider: 'generic',
    generic: config,
  };
}
const secrets = (p: string) => (p === 'generic' ? [{ label: 'acme', value: KEY_HEX }] : []);
const digest = (ts: string, delivery: string, b = body) =>
  createHmac('sha512', Buffer.from(KEY_HEX, 'hex'))
    .update(`POST ${delivery}.${ts}.`)
    .update(b)
    .digest('base64url');

describe('generic HMAC', () => {
  const headers: [string, string][] = [
    ['X-Acme-Delivery', 'dlv_42'],
    ['X-Acme-Timestamp', String(NOW)],
    ['X-Acme-Signature', `v1=${digest(String(NOW), 'dlv_42')}`],
  ];

  it('verifies a template with {method} and {header:Name}, a hex-decoded key and base64url SHA-512', () => {
    const r = analyseSignature(request(headers), secrets);
    expect(r).toMatchObject({ provider: 'generic', verdict: 'pass' });
    expect(r.signedContent?.preview).toBe(`POST dlv_42.${NOW}.${body.toString()}`);
  });

  it('fails when the header the template names was changed', () => {
    const changed = headers.map(([n, v]): [string, string] => [n, n === 'X-Acme-Delivery' ? 'dlv_43' : v]);
    expect(analyseSignature(request(changed), secrets).verdict).toBe('fail');
  });

  it('re-signs with a fresh timestamp that passes', () => {
    const out = resignRequest(
      { method: 'POST', url: 'https://hooks.example.test/acme', headers, body },
      {
        provider: 'generic',
        secrets: secrets('generic'),
        nowUnix: NOW + 100,
        newId: () => 'x',
        generic: config,
      },
    );
    if (!out.ok) throw new Error(out.problem);
    const sig = out.headers.find(([n]) => n === 'X-Acme-Signature')?.[1];
    expect(sig).toBe(`v1=${digest(String(NOW + 100), 'dlv_42')}`);
  });
});

describe('a generic scheme saved for a path', () => {
  const global: GenericHmacConfig = { header: 'X-Global', algorithm: 'sha256', encoding: 'hex' };
  const settings = {
    genericHmac: global,
    providerByPath: [
      { pathPrefix: '/hooks/acme', provider: 'generic', generic: config },
      { pathPrefix: '/hooks/plain', provider: 'generic' },
      { pathPrefix: '/hooks/stripe', provider: 'stripe' },
    ],
  };
  it('applies under its path and nowhere else', () => {
    expect(genericConfigFor(settings, '/hooks/acme/v2?x=1')).toBe(config);
    expect(genericConfigFor(settings, '/hooks/plain')).toBe(global);
    expect(genericConfigFor(settings, '/elsewhere')).toBe(global);
    expect(genericConfigFor({ genericHmac: null, providerByPath: [] }, '/x')).toBeUndefined();
  });
});
