// The scheme finder proposes the generic configuration that reproduces a signature Hookscope does
// not recognise, and says plainly when nothing does. Each request is signed here with node:crypto in
// one of the ways senders sign, then the proposal is verified with the ordinary verifier.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyseSignature } from '../../../src-main/core/signatures';
import {
  findSignatureScheme,
  type SchemeFinderRequest,
} from '../../../src-main/core/signatures/scheme-finder';

const body = Buffer.from('{"type":"invoice.paid","data":{"id":"in_1","amount":4200}}');
const base = (headers: [string, string][]): SchemeFinderRequest => ({
  method: 'POST',
  url: 'https://abc.ngrok.app/hooks/acme',
  path: '/hooks/acme',
  headers: [['Content-Type', 'application/json'], ...headers],
  body,
});

function passesWith(req: SchemeFinderRequest, secret: string, config: unknown): boolean {
  return (
    analyseSignature(
      {
        ...req,
        headers: [...req.headers],
        receivedAtUnix: 0,
        nowUnix: 0,
        provider: 'generic',
        generic: config as never,
      },
      (p) => (p === 'generic' ? [{ label: 's', value: secret }] : []),
    ).verdict === 'pass'
  );
}

describe('the scheme finder', () => {
  it('finds HMAC-SHA256 base64 over "<timestamp>.<body>" with the timestamp header', () => {
    const ts = '1750000000';
    const req = base([
      ['X-Acme-Timestamp', ts],
      [
        'X-Acme-Signature',
        createHmac('sha256', 'acme-secret').update(`${ts}.`).update(body).digest('base64'),
      ],
    ]);
    const r = findSignatureScheme(req, 'acme-secret');
    expect(r).toMatchObject({
      found: true,
      config: {
        header: 'X-Acme-Signature',
        algorithm: 'sha256',
        encoding: 'base64',
        template: '{timestamp}.{body}',
        timestampHeader: 'X-Acme-Timestamp',
      },
    });
    if (!r.found) return;
    expect(r.description).toBe('HMAC-SHA256, base64, over {timestamp}.{body} in X-Acme-Signature');
    expect(passesWith(req, 'acme-secret', r.config)).toBe(true);
  });

  it('finds a label prefix, SHA-512 in hex and a hex-decoded key', () => {
    const key = '9f86d081884c7d659a2feaa0c55ad015';
    const req = base([
      ['X-Sig', `sha512=${createHmac('sha512', Buffer.from(key, 'hex')).update(body).digest('hex')}`],
    ]);
    const r = findSignatureScheme(req, key);
    expect(r).toMatchObject({
      found: true,
      config: {
        prefix: 'sha512=',
        algorithm: 'sha512',
        encoding: 'hex',
        template: '{body}',
        keyEncoding: 'hex',
      },
    });
  });

  it('finds id + timestamp templates and base64url', () => {
    const req = base([
      ['X-Event-Id', 'evt_77'],
      ['X-Timestamp', '1750000000'],
      [
        'X-Signature',
        createHmac('sha256', 'k').update('evt_77.1750000000.').update(body).digest('base64url'),
      ],
    ]);
    const r = findSignatureScheme(req, 'k');
    expect(r).toMatchObject({
      found: true,
      config: { encoding: 'base64url', template: '{id}.{timestamp}.{body}', idHeader: 'X-Event-Id' },
    });
  });

  it('finds RFC 3339 timestamps through a header placeholder', () => {
    const ts = '2026-12-05T06:20:34Z';
    const req = base([
      ['X-Delivered-At', ts],
      ['X-Signature', createHmac('sha256', 'k').update(ts).update(body).digest('base64')],
    ]);
    const r = findSignatureScheme(req, 'k');
    expect(r).toMatchObject({ found: true, config: { template: '{header:X-Delivered-At}{body}' } });
    if (r.found) expect(passesWith(req, 'k', r.config)).toBe(true);
  });

  it('finds URL-signing schemes', () => {
    const req = base([
      [
        'X-Signature',
        createHmac('sha1', 'k').update('POSThttps://abc.ngrok.app/hooks/acme').update(body).digest('hex'),
      ],
    ]);
    expect(findSignatureScheme(req, 'k')).toMatchObject({
      found: true,
      config: { algorithm: 'sha1', template: '{method}{url}{body}' },
    });
  });

  it('says plainly when the secret reproduces nothing', () => {
    const req = base([['X-Signature', createHmac('sha256', 'right').update(body).digest('hex')]]);
    const r = findSignatureScheme(req, 'wrong');
    expect(r.found).toBe(false);
    if (r.found) return;
    expect(r.message).toMatch(/Nothing reproduces the signature with this secret/);
    expect(r.tried).toBeGreaterThan(0);
    expect(r.timedOut).toBe(false);
  });

  it('says when no header holds a digest at all', () => {
    const r = findSignatureScheme(base([['X-Token', 'not-a-digest']]), 'k');
    expect(r).toMatchObject({
      found: false,
      tried: 0,
      message: expect.stringMatching(/No header holds a bare digest/) as unknown,
    });
  });

  it('stops at its deadline and says so', () => {
    const req = base([
      ['X-Timestamp', '1750000000'],
      ['X-Signature', createHmac('sha256', 'right').update(body).digest('hex')],
    ]);
    const r = findSignatureScheme(req, 'wrong', 0);
    expect(r).toMatchObject({
      found: false,
      timedOut: true,
      message: expect.stringMatching(/time limit/) as unknown,
    });
  });
});
