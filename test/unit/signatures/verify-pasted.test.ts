// The verifyRequest operation: zod input schema + verifyPastedRequest.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyPastedRequest } from '../../../src-main/core/signatures';
import { putSecretInput, verifyRequestInput } from '@shared/signature-types';
import { NOW, secretsOf, whatsappBody } from './helpers';

describe('verifyRequest input', () => {
  it('validates pasted requests and rejects extra fields', () => {
    const ok = verifyRequestInput.safeParse({
      method: 'POST',
      url: '/webhook',
      headers: [['a', 'b']],
      bodyBase64: '',
    });
    expect(ok.success).toBe(true);
    expect(
      verifyRequestInput.safeParse({ method: 'POST', url: '/w', headers: [], bodyBase64: '', extra: 1 })
        .success,
    ).toBe(false);
    expect(
      verifyRequestInput.safeParse({ method: 'POST', url: '/w', headers: [['only-name']], bodyBase64: '' })
        .success,
    ).toBe(false);
    expect(putSecretInput.safeParse({ provider: 'Meta!', label: 'x', secret: 'y' }).success).toBe(false);
  });
});

describe('verifyPastedRequest', () => {
  const secret = 'pasted-app-secret-123456';
  const headers: [string, string][] = [
    ['X-Hub-Signature-256', `sha256=${createHmac('sha256', secret).update(whatsappBody).digest('hex')}`],
  ];

  it('auto-detects, uses pasted secrets, labels them by position', () => {
    const input = verifyRequestInput.parse({
      method: 'post',
      url: 'https://example.test/webhook',
      headers,
      bodyBase64: whatsappBody.toString('base64'),
      secrets: ['nope-nope-nope', secret],
    });
    const r = verifyPastedRequest(input, secretsOf({}));
    expect(r.provider).toBe('meta');
    expect(r.verdict).toBe('pass');
    expect(r.matchedSecret).toBe('pasted secret 2');
  });

  it('falls back to stored secrets when none are pasted', () => {
    const input = verifyRequestInput.parse({
      method: 'POST',
      url: '/webhook',
      headers,
      bodyBase64: whatsappBody.toString('base64'),
    });
    expect(
      verifyPastedRequest(input, secretsOf({ meta: [{ label: 'stored', value: secret }] })).matchedSecret,
    ).toBe('stored');
  });

  it('judges timestamps at `now`', () => {
    const body = '{"id":"evt"}';
    const t = 1_700_000_000;
    const sig = createHmac('sha256', 'whsec_x').update(`${t}.${body}`).digest('hex');
    const base = {
      method: 'POST',
      url: '/s',
      headers: [['Stripe-Signature', `t=${t},v1=${sig}`]] as [string, string][],
      bodyBase64: Buffer.from(body).toString('base64'),
      secrets: ['whsec_x'],
    };
    expect(
      verifyPastedRequest(verifyRequestInput.parse({ ...base, now: t + 60 }), secretsOf({}), {
        wallClockUnix: NOW,
      }).verdict,
    ).toBe('pass');
    const late = verifyPastedRequest(verifyRequestInput.parse({ ...base, now: t + 600 }), secretsOf({}), {
      wallClockUnix: NOW,
    });
    expect(late.verdict).toBe('stale');
    expect(late.reason).toBe('timestamp-outside-window');
  });

  it('honours a provider override', () => {
    const input = verifyRequestInput.parse({
      provider: 'github',
      method: 'POST',
      url: '/w',
      headers,
      bodyBase64: whatsappBody.toString('base64'),
      secrets: [secret],
    });
    const r = verifyPastedRequest(input, secretsOf({}));
    expect(r.provider).toBe('github');
    expect(r.verdict).toBe('pass');
  });
});
