// "Verify a pasted request": what users paste (curl -v output, log lines, JSON header objects, base64
// bodies, dates) becomes the verifyRequest input, and what cannot be read is said on its field.
import { describe, expect, it } from 'vitest';
import { verifyRequestInput } from '@shared/signature-types';
import { bodyToBase64, parseHeaderText, parseNow } from '../../../src-renderer/src/model/pasted-request';
import {
  emptyVerifyForm,
  verifyForm,
  type VerifyFormValues,
} from '../../../src-renderer/src/model/verify-form';

function messages(values: VerifyFormValues): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const issue of verifyForm.safeParse(values).error?.issues ?? [])
    shown[issue.path.join('.')] ??= issue.message;
  return shown;
}

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('pasted headers', () => {
  it('reads curl -v output with its request line and folded lines', () => {
    const parsed = parseHeaderText(
      '> POST /hooks/stripe HTTP/1.1\n> Host: shop.example\n> X-Long: first\n>   second\n:authority: shop.example\n',
    );
    expect(parsed).toEqual({
      method: 'POST',
      target: '/hooks/stripe',
      headers: [
        ['Host', 'shop.example'],
        ['X-Long', 'first second'],
        [':authority', 'shop.example'],
      ],
      errors: [],
    });
  });

  it('reads a JSON object of headers, repeating array values', () => {
    expect(parseHeaderText('{"A": "1", "B": ["2", "3"], "C": null}').headers).toEqual([
      ['A', '1'],
      ['B', '2'],
      ['B', '3'],
    ]);
  });

  it('names the line it cannot read', () => {
    expect(parseHeaderText('Content-Type: text/plain\nnot a header').errors).toEqual([
      'Line 2: expected "Name: value".',
    ]);
  });
});

describe('pasted body and time', () => {
  it('keeps text as UTF-8 and accepts base64 with whitespace or the URL alphabet', () => {
    expect(bodyToBase64('é', 'text')).toEqual({ ok: true, base64: b64('é'), byteLength: 2 });
    expect(bodyToBase64('aGk_\n', 'base64')).toEqual({ ok: true, base64: 'aGk/', byteLength: 3 });
    expect(bodyToBase64('not base64!', 'base64')).toEqual({
      ok: false,
      error: 'The body is not valid base64.',
    });
  });

  it('reads unix seconds, milliseconds and dates; empty is now', () => {
    expect(parseNow('')).toEqual({ ok: true, unix: undefined });
    expect(parseNow('1763884801')).toEqual({ ok: true, unix: 1763884801 });
    expect(parseNow('1763884801123')).toEqual({ ok: true, unix: 1763884801 });
    expect(parseNow('2026-11-23T08:00:00Z')).toEqual({ ok: true, unix: 1795420800 });
    expect(parseNow('yesterday')).toMatchObject({ ok: false });
    expect(parseNow('1960-01-01T00:00:00Z')).toEqual({ ok: false, error: 'The date is before 1970.' });
  });
});

describe('verify form', () => {
  it('builds the input the API takes from the paste', () => {
    const input = verifyForm.parse({
      ...emptyVerifyForm,
      headersText: 'POST /hook HTTP/1.1\nStripe-Signature: t=1,v1=ab',
      bodyText: '{"a":1}',
      provider: 'stripe',
      nowText: '1763884801',
      secrets: [{ value: 'whsec_1' }, { value: '' }],
    });
    expect(input).toEqual({
      method: 'POST',
      url: '/hook',
      headers: [['Stripe-Signature', 't=1,v1=ab']],
      bodyBase64: b64('{"a":1}'),
      provider: 'stripe',
      secrets: ['whsec_1'],
      now: 1763884801,
    });
    expect(verifyRequestInput.safeParse(input).success).toBe(true);
  });

  it('uses the typed URL and method when no request line is pasted, else "/"', () => {
    expect(verifyForm.parse({ ...emptyVerifyForm, method: 'put' })).toMatchObject({
      method: 'PUT',
      url: '/',
    });
    expect(verifyForm.parse({ ...emptyVerifyForm, url: ' https://a.test/x ' }).url).toBe('https://a.test/x');
  });

  it('says what cannot be read under the field it came from', () => {
    expect(
      messages({
        ...emptyVerifyForm,
        headersText: 'oops',
        bodyMode: 'base64',
        bodyText: '***',
        nowText: 'later',
      }),
    ).toEqual({
      headersText: 'Line 1: expected "Name: value".',
      bodyText: 'The body is not valid base64.',
      nowText: 'Use unix seconds or a date such as 2026-11-23T08:00:00Z.',
    });
  });

  it('puts the API’s refusal on the field it is about', () => {
    const long = 'x'.repeat(4097);
    expect(messages({ ...emptyVerifyForm, secrets: [{ value: 'ok' }, { value: long }] })).toEqual({
      'secrets.1.value': 'At most 4096 characters',
    });
  });
});
