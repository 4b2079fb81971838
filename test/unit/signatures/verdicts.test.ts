// Verdicts a user reads in the list and the banner: a valid signature that arrived too late is
// "stale" (never "does not match"), and a weaker algorithm in X-Hub-Signature-256 never passes.
import { describe, expect, it } from 'vitest';
import { analyseCapture } from '../../../src-main/core/service/analyse-capture';
import { defaultSettings } from '../../../src-main/core/settings/settings-store';
import { analyseSignature } from '../../../src-main/core/signatures';
import { captureRow } from '../replay/helpers';
import { NOW, codes, hmac, request, secretsOf, whatsappBody } from './helpers';

const stripeBody = Buffer.from('{\n  "id": "evt_1"\n}');
const stripeHeader = (t: number, secret = 'whsec_s') =>
  `t=${t},v1=${hmac('sha256', secret, `${t}.${stripeBody.toString()}`, 'hex')}`;

describe('stale: valid signature, timestamp outside the window', () => {
  it('is its own verdict, and the summary says the signature is valid and how old the timestamp was', () => {
    const r = analyseSignature(
      request({ headers: [['Stripe-Signature', stripeHeader(NOW - 400)]], body: stripeBody }),
      secretsOf({ stripe: ['whsec_s'] }),
    );
    expect(r.verdict).toBe('stale');
    expect(r.reason).toBe('timestamp-outside-window');
    expect(r.matchedSecret).toBe('stripe #1');
    expect(r.summary).toMatch(/signature valid/);
    expect(r.summary).toMatch(/6 min 40 s old/);
    expect(r.summary).not.toMatch(/does not match/);
    expect(r.timestamp?.ageAtCapture).toBe(400);
    expect(r.diagnosis[0]?.code).toBe('stale-timestamp');
  });

  it('a wrong secret on an old timestamp is still a failure, led by the secret', () => {
    const r = analyseSignature(
      request({ headers: [['Stripe-Signature', stripeHeader(NOW - 400, 'other')]], body: stripeBody }),
      secretsOf({ stripe: ['whsec_s'] }),
    );
    expect(r.verdict).toBe('fail');
    expect(codes(r)[0]).toBe('secret-likely');
    expect(codes(r)).toContain('stale-timestamp');
  });

  it('the capture list gets the verdict and the age', () => {
    const row = captureRow({
      receivedAtUs: NOW * 1e6,
      headers: [['Stripe-Signature', stripeHeader(NOW - 3600)]],
      body: stripeBody,
    });
    const columns = analyseCapture(row, {
      claimDedupeKeys: () => null,
      secrets: secretsOf({ stripe: ['whsec_s'] }),
      settings: defaultSettings,
      publicUrl: null,
    });
    expect(columns).toMatchObject({ provider: 'stripe', verdict: 'stale', timestampAge: 3600 });
  });
});

describe('wrong algorithm in the header', () => {
  const SECRET = 'meta-app-secret-0123456789';
  it('sha1= and an HMAC-SHA1 digest in X-Hub-Signature-256 fail, and the diagnosis says why', () => {
    const r = analyseSignature(
      request({
        headers: [['X-Hub-Signature-256', `sha1=${hmac('sha1', SECRET, whatsappBody, 'hex')}`]],
        body: whatsappBody,
      }),
      secretsOf({ meta: [SECRET] }),
    );
    expect(r.verdict).toBe('fail');
    expect(r.reason).toBe('malformed-header');
    expect(r.summary).toMatch(/sha1=/);
    expect(r.diagnosis[0]).toMatchObject({ code: 'algorithm-mismatch', exact: true });
    expect(r.diagnosis[0]?.message).toMatch(/X-Hub-Signature-256 carries an HMAC-SHA1 digest/);
    expect(r.diagnosis.filter((d) => d.exact)).toHaveLength(1);
  });

  it('the legacy X-Hub-Signature still names its algorithm by label (Bitbucket sends sha256 there)', () => {
    const r = analyseSignature(
      request({
        headers: [['X-Hub-Signature', `sha256=${hmac('sha256', SECRET, whatsappBody, 'hex')}`]],
        body: whatsappBody,
      }),
      secretsOf({ meta: [SECRET] }),
    );
    expect(r.verdict).toBe('pass');
  });
});
