// An Adyen notification carries a list of NotificationRequestItems, each signed on its own with the
// webhook's HMAC key (docs.adyen.com/development-resources/webhooks/secure-webhooks/verify-hmac-signatures).
// A receiver must reject the batch when any item fails, so Hookscope judges every item and names the
// one that fails. Items are signed here with node:crypto as Adyen documents it.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyseSignature, type AnalysisRequest } from '../../../src-main/core/signatures';

const NOW = 1_750_000_000;
const KEY = '00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF';

interface ItemFields {
  psp: string;
  value: number;
  eventCode: string;
}

const fieldsOf = (f: ItemFields) => `${f.psp}::AcmeECOM:order-${f.psp}:${f.value}:EUR:${f.eventCode}:true`;
const signed = (f: ItemFields, key = KEY) =>
  createHmac('sha256', Buffer.from(key, 'hex')).update(fieldsOf(f)).digest('base64');

function item(f: ItemFields, signature: string | null) {
  return {
    NotificationRequestItem: {
      ...(signature === null ? {} : { additionalData: { hmacSignature: signature } }),
      amount: { value: f.value, currency: 'EUR' },
      pspReference: f.psp,
      eventCode: f.eventCode,
      merchantAccountCode: 'AcmeECOM',
      merchantReference: `order-${f.psp}`,
      success: 'true',
    },
  };
}

const batch = (...items: unknown[]) => JSON.stringify({ live: 'false', notificationItems: items });

const analyse = (body: string, key = KEY) =>
  analyseSignature(
    {
      method: 'POST',
      url: 'https://hooks.example.test/adyen',
      path: '/adyen',
      headers: [['Content-Type', 'application/json']],
      body: Buffer.from(body),
      receivedAtUnix: NOW,
      nowUnix: NOW,
    } satisfies AnalysisRequest,
    (p) => (p === 'adyen' ? [{ label: 'hmac', value: key }] : []),
  );

const first: ItemFields = { psp: 'PSP1', value: 1000, eventCode: 'AUTHORISATION' };
const second: ItemFields = { psp: 'PSP2', value: 2500, eventCode: 'CAPTURE' };
const third: ItemFields = { psp: 'PSP3', value: 700, eventCode: 'REFUND' };

describe('Adyen batches: every NotificationRequestItem is judged', () => {
  it('passes when every item carries its own valid signature', () => {
    const r = analyse(
      batch(item(first, signed(first)), item(second, signed(second)), item(third, signed(third))),
    );
    expect(r.verdict).toBe('pass');
    expect(r.warnings.join(' ')).toMatch(/3 notification items.*every item is checked/);
  });

  it('fails when a later item was altered after signing, and names that item', () => {
    const tamperedThird = { ...third, value: 7000 };
    const r = analyse(
      batch(item(first, signed(first)), item(second, signed(second)), item(tamperedThird, signed(third))),
    );
    expect(r).toMatchObject({ verdict: 'fail', reason: 'item-signature-mismatch' });
    expect(r.summary).toMatch(/item 3 of 3 \(pspReference PSP3, REFUND\)/);
    const finding = r.diagnosis.find((d) => d.code === 'item-signature-mismatch');
    expect(finding?.message).toMatch(/^Notification item 3 of 3 \(pspReference PSP3, REFUND\)/);
  });

  it('fails when a later item carries no signature at all', () => {
    const r = analyse(batch(item(first, signed(first)), item(second, null)));
    expect(r).toMatchObject({ verdict: 'fail', reason: 'item-signature-mismatch' });
    expect(r.summary).toMatch(/item 2 of 2 .* has no additionalData\.hmacSignature/);
  });

  it('fails when a later item was signed with another HMAC key', () => {
    const otherKey = 'FFEEDDCCBBAA99887766554433221100FFEEDDCCBBAA99887766554433221100';
    const r = analyse(batch(item(first, signed(first)), item(second, signed(second, otherKey))));
    expect(r).toMatchObject({ verdict: 'fail', reason: 'item-signature-mismatch' });
    expect(r.summary).toMatch(
      /item 2 of 2 \(pspReference PSP2, CAPTURE\) has an hmacSignature that matches none/,
    );
  });

  it('still reports a first item that fails as a mismatch of the signature shown, naming the later failure too', () => {
    const r = analyse(
      batch(item({ ...first, value: 1 }, signed(first)), item(second, signed(second, 'AB'.repeat(32)))),
    );
    expect(r.verdict).toBe('fail');
    expect(r.reason).toBe('digest-mismatch');
    expect(r.diagnosis.map((d) => d.code)).toContain('item-signature-mismatch');
  });
});
