// The pieces the declarative HMAC providers rest on: `{header:Name}` placeholders in signed-content
// templates, RFC 3339 timestamps (Twitch, Box) and base64url digests.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacProvider } from '../../../src-main/core/providers/kit/hmac-provider';
import { headerView as headerViewOf } from '../../../src-main/core/signatures/headers';
import { compileTemplate } from '../../../src-main/core/signatures/signed-content';
import { timestampRule } from '../../../src-main/core/signatures/timestamp';

describe('signed-content templates', () => {
  it('fill {header:Name} from the request, case-insensitively, and leave a missing header empty', () => {
    const content = compileTemplate('{method}\n{header:X-Acme-Id}\n{header:x-missing}\n{body}');
    const out = content(Buffer.from('{"a":1}'), {
      timestamp: null,
      id: null,
      url: null,
      method: 'POST',
      header: (n) => (n.toLowerCase() === 'x-acme-id' ? 'evt_1' : null),
    });
    expect(out.toString()).toBe('POST\nevt_1\n\n{"a":1}');
  });
});

describe('timestamps', () => {
  it('read RFC 3339 dates with nanoseconds and offsets as unix seconds', () => {
    expect(
      timestampRule('2023-01-01T00:00:00.123456789Z', 'h', {
        maxAgeSeconds: 600,
        maxAheadSeconds: null,
        unit: 'iso',
      }).unix,
    ).toBe(1672531200.123);
    expect(
      timestampRule('2023-01-01T01:00:00+01:00', 'h', {
        maxAgeSeconds: 600,
        maxAheadSeconds: null,
        unit: 'iso',
      }).unix,
    ).toBe(1672531200);
    expect(
      timestampRule('yesterday', 'h', { maxAgeSeconds: 600, maxAheadSeconds: null, unit: 'iso' }).unix,
    ).toBeNull();
  });
});

describe('a declared provider', () => {
  const acme = hmacProvider({
    id: 'acme-test',
    name: 'Acme',
    reference: 'https://acme.example/docs/webhooks',
    secretHint: 'Acme dashboard › Webhooks › Signing secret.',
    headers: ['X-Acme-Signature'],
    layout: { kind: 'list', signatureKey: 's', timestampKey: 'ts', separator: ';' },
    algorithm: 'sha512',
    encoding: 'base64url',
    template: '{timestamp}:{header:X-Acme-Id}:{body}',
    timestamp: { maxAgeSeconds: 300, maxAheadSeconds: 300 },
    formatLabel: 'Acme: ts=<unix>;s=<base64url>',
    compose: { noTemplates: 'Only a test provider, nothing to compose.' },
  });

  it('reads its list layout, signs its template and verifies base64url digests of SHA-512', () => {
    const body = Buffer.from('{"hello":"world"}');
    const sig = createHmac('sha512', 'k').update('1750000000:evt_9:').update(body).digest('base64url');
    const view = {
      req: { method: 'POST', url: null, path: '/', headers: [], body, receivedAtUnix: 1_750_000_000 },
      nowUnix: 1_750_000_000,
    };
    const headers: [string, string][] = [
      ['X-Acme-Id', 'evt_9'],
      ['X-Acme-Signature', `ts=1750000000;s=${sig}`],
    ];
    const parsed = acme.verification.read({
      ...view,
      req: { ...view.req, headers },
      headers: headerViewOf(headers),
    });
    expect(parsed.kind).toBe('signature');
    if (parsed.kind !== 'signature') return;
    expect(parsed.entries).toEqual([{ version: 's', value: sig, supported: true }]);
    expect(parsed.timestamp?.unix).toBe(1_750_000_000);
    const signer = 'signer' in acme.resign ? acme.resign.signer : null;
    const out = signer!(
      { method: 'POST', url: 'https://x.test/', headers, body },
      { secret: 'k', nowUnix: 1_750_000_000, newId: () => 'n' },
    );
    if ('problem' in out) throw new Error(out.problem);
    expect(out.headers.find(([n]) => n === 'X-Acme-Signature')?.[1]).toBe(`ts=1750000000;s=${sig}`);
  });

  it('says which part of a malformed header is missing', () => {
    const headers: [string, string][] = [['X-Acme-Signature', 's=abc']];
    const r = acme.verification.read({
      req: { method: 'POST', url: null, path: '/', headers, body: Buffer.alloc(0), receivedAtUnix: 0 },
      headers: headerViewOf(headers),
      nowUnix: 0,
    });
    expect(r).toMatchObject({ kind: 'malformed', problem: 'no ts=<timestamp> field' });
  });
});
