// Every provider added beyond the first sixteen, one table: a delivery signed the way the provider
// documents it (test helpers on node:crypto) is detected and passes; a flipped body byte and a wrong
// secret fail with the computed value shown; Hookscope's re-signer produces a request that passes.
import { describe, expect, it } from 'vitest';
import { providerDefinition } from '../../../src-main/core/providers/registry';
import { resignRequest } from '../../../src-main/core/replay';
import { analyseSignature, type AnalysisRequest } from '../../../src-main/core/signatures';
import { allProviderCases as providerCases } from './all-provider-cases';

const NOW = 1_750_000_000;

function req(
  headers: [string, string][],
  body: Buffer,
  over: Partial<AnalysisRequest> = {},
): AnalysisRequest {
  return {
    method: 'POST',
    url: 'https://hooks.example.test/webhooks/in',
    path: '/webhooks/in',
    headers,
    body,
    receivedAtUnix: NOW,
    nowUnix: NOW,
    ...over,
  };
}

const URL_CALLED = 'https://hooks.example.test/webhooks/in';

describe.each(providerCases.map((c) => [c.name ?? c.provider, c] as const))('%s', (_name, c) => {
  const provider = c.provider;
  const body = Buffer.from(c.body);
  const headers: [string, string][] = [
    ['Content-Type', c.contentType],
    ...c.sign(body, c.secret, NOW, URL_CALLED),
  ];
  const stored = (id: string) => (id === provider ? [{ label: 'main', value: c.secret }] : []);

  it('is detected from the request and a documented delivery passes', () => {
    const r = analyseSignature(req(headers, body), stored);
    expect(r.provider).toBe(provider);
    expect(r.providerSource).toBe('detected');
    expect(r.verdict).toBe('pass');
    expect(r.matchedSecret).toBe('main');
    expect(r.format?.id).toBe(c.format ?? provider);
  });

  // Token schemes and body-carried signatures do not cover every body byte: the wrong-secret case
  // below is their negative case, so no test is registered here rather than one skipped.
  if (!c.bodyUnsigned)
    it('a flipped body byte fails and shows what was computed', () => {
      const flipped = Buffer.from(body);
      flipped[Math.floor(flipped.length / 2)]! ^= 0x01;
      const r = analyseSignature(req(headers, flipped), stored);
      expect(r.provider).toBe(provider);
      expect(r.verdict).toBe('fail');
      expect(r.computed).not.toBeNull();
      expect(r.computed).not.toBe(r.received);
    });

  it('the wrong secret fails and the diagnosis names the secret as the likely cause', () => {
    const r = analyseSignature(req(headers, body), (id) =>
      id === provider ? [{ label: 'other', value: 'not-the-secret-0123456789' }] : [],
    );
    expect(r.verdict).toBe('fail');
    expect(r.reason).toBe('digest-mismatch');
    expect(r.diagnosis.map((d) => d.code)).toContain('secret-likely');
  });

  it('re-signs an edited body so that it passes again, or says why it cannot', () => {
    const edited = Buffer.from(c.body.replace(/}(]?)$/, ',"edited":true}$1'));
    const resign = providerDefinition(provider)!.resign;
    const out = resignRequest(
      { method: 'POST', url: URL_CALLED, headers, body: edited },
      { provider, secrets: [{ label: 'main', value: c.secret }], nowUnix: NOW + 60, newId: () => 'new-id' },
    );
    if ('refusal' in resign) {
      expect(out).toEqual({ ok: false, problem: resign.refusal });
      return;
    }
    if (!out.ok) throw new Error(out.problem);
    const r = analyseSignature(
      req(out.headers, edited, { receivedAtUnix: NOW + 60, nowUnix: NOW + 60 }),
      stored,
    );
    expect(r.verdict).toBe('pass');
    expect(r.provider).toBe(provider);
  });
});
