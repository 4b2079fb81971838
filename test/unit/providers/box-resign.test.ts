// Box sends two signatures, BOX-SIGNATURE-PRIMARY with the primary key and BOX-SIGNATURE-SECONDARY
// with the secondary one, so a receiver mid-rotation that only knows one of the keys still accepts
// the delivery. A re-signed replay has to carry both, or such a receiver rejects it.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { resignRequest } from '../../../src-main/core/replay';
import { analyseSignature } from '../../../src-main/core/signatures';

const NOW = 1_750_000_000;
const PRIMARY = 'box-primary-signature-key';
const SECONDARY = 'box-secondary-signature-key';
const body = Buffer.from('{"type":"webhook_event","trigger":"FILE.UPLOADED","source":{"id":"1"}}');

const boxMac = (key: string, ts: string) =>
  createHmac('sha256', key).update(body).update(ts).digest('base64');

const header = (headers: [string, string][], name: string) =>
  headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];

function resign(secrets: { label: string; value: string }[]) {
  const result = resignRequest(
    {
      method: 'POST',
      url: 'http://127.0.0.1:3000/webhooks/box',
      headers: [
        ['Content-Type', 'application/json'],
        ['BOX-DELIVERY-ID', '673a081b-bb4b-4d45-b4f1-4131a29c1d07'],
        ['BOX-DELIVERY-TIMESTAMP', '2020-01-01T00:00:00+00:00'],
        ['BOX-SIGNATURE-PRIMARY', 'stale'],
      ],
      body,
    },
    { provider: 'box', secrets, nowUnix: NOW, newId: () => 'id' },
  );
  if (!result.ok) throw new Error(result.problem);
  return result;
}

function verdictWith(headers: [string, string][], key: string) {
  return analyseSignature(
    {
      method: 'POST',
      url: 'http://127.0.0.1:3000/webhooks/box',
      path: '/webhooks/box',
      headers,
      body,
      receivedAtUnix: NOW,
      nowUnix: NOW,
    },
    (p) => (p === 'box' ? [{ label: 'only', value: key }] : []),
  ).verdict;
}

describe('Box re-signing', () => {
  it('signs the primary header with the primary key and the secondary header with the secondary key', () => {
    const out = resign([
      { label: 'primary', value: PRIMARY },
      { label: 'secondary', value: SECONDARY },
    ]);
    const ts = header(out.headers, 'BOX-DELIVERY-TIMESTAMP') ?? '';
    expect(new Date(ts).getTime()).toBe(NOW * 1000);
    expect(header(out.headers, 'BOX-SIGNATURE-PRIMARY')).toBe(boxMac(PRIMARY, ts));
    expect(header(out.headers, 'BOX-SIGNATURE-SECONDARY')).toBe(boxMac(SECONDARY, ts));
    expect(out.info.headersSet).toEqual(
      expect.arrayContaining(['BOX-SIGNATURE-PRIMARY', 'BOX-SIGNATURE-SECONDARY']),
    );
  });

  it('passes for a receiver that knows only the secondary key', () => {
    const out = resign([
      { label: 'primary', value: PRIMARY },
      { label: 'secondary', value: SECONDARY },
    ]);
    expect(verdictWith(out.headers, SECONDARY)).toBe('pass');
    expect(verdictWith(out.headers, PRIMARY)).toBe('pass');
    expect(verdictWith(out.headers, 'some-other-key')).toBe('fail');
  });

  it('with one stored key, fills both headers with it rather than leaving the secondary stale', () => {
    const out = resign([{ label: 'primary', value: PRIMARY }]);
    const ts = header(out.headers, 'BOX-DELIVERY-TIMESTAMP') ?? '';
    expect(header(out.headers, 'BOX-SIGNATURE-PRIMARY')).toBe(boxMac(PRIMARY, ts));
    expect(header(out.headers, 'BOX-SIGNATURE-SECONDARY')).toBe(boxMac(PRIMARY, ts));
  });
});
