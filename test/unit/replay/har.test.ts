// HAR 1.2 export → import gives back the same bytes (text and binary bodies, header order, µs
// timestamps), and importing foreign HARs is honest about what it could not keep exactly.
import { describe, expect, it } from 'vitest';
import {
  exportCaptures,
  harExport,
  importHar,
  jsonExport,
  parseIsoMicros,
} from '../../../src-main/core/replay';
import { captureRow } from './helpers';

const binary = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0x00, 0xc3, 0x28, 0x0a]);
const rows = [
  captureRow({
    id: 1,
    body: Buffer.from('{"text":"héllo 👋"}'),
    headers: [
      ['Host', 'abc.ngrok.app'],
      ['X-Forwarded-Proto', 'https'],
      ['X-Dup', 'a'],
      ['Content-Type', 'application/json'],
      ['x-dup', 'b'],
    ],
  }),
  captureRow({
    id: 2,
    receivedAtUs: 1_750_000_001_000_001,
    body: binary,
    headers: [
      ['Host', 'abc.ngrok.app'],
      ['Content-Encoding', 'gzip'],
      ['Content-Type', 'application/json'],
    ],
    responseBody: Buffer.from([0xff, 0xfe]),
  }),
  captureRow({
    id: 3,
    method: 'GET',
    path: '/hook?hub.mode=subscribe&hub.challenge=123',
    body: Buffer.alloc(0),
    headers: [['Host', 'abc.ngrok.app']],
  }),
  captureRow({
    id: 4,
    body: Buffer.from('\ufeff{"bom":true}'),
    headers: [
      ['Host', 'x.test'],
      ['Content-Type', 'application/json'],
    ],
  }),
];

describe('HAR export → import', () => {
  const har = harExport(rows, { baseUrl: 'http://127.0.0.1:8787', creatorVersion: '0.1.0' });
  const back = importHar(har);

  it('writes request bodies that are not UTF-8 within HAR 1.2: postData has only its own fields and "_" ones', () => {
    const parsed = JSON.parse(har) as {
      log: { entries: { request: { postData?: Record<string, unknown> } }[] };
    };
    // HAR 1.2 postData: mimeType, params, text, comment; custom fields must start with "_".
    const allowed = new Set(['mimeType', 'params', 'text', 'comment']);
    for (const { request } of parsed.log.entries)
      for (const key of Object.keys(request.postData ?? {}))
        expect(allowed.has(key) || key.startsWith('_'), `postData.${key}`).toBe(true);
    expect(parsed.log.entries[1]!.request.postData).toMatchObject({
      text: binary.toString('base64'),
      _encoding: 'base64',
      comment: expect.stringMatching(/base64/),
    });
  });

  it('writes HAR 1.2 with text bodies as text and binary bodies as base64', () => {
    const parsed = JSON.parse(har) as {
      log: {
        version: string;
        entries: { request: { url: string; postData?: { text: string; encoding?: string } } }[];
      };
    };
    expect(parsed.log.version).toBe('1.2');
    expect(parsed.log.entries[0]!.request.url).toBe('https://abc.ngrok.app/webhooks/test?x=1');
    expect(parsed.log.entries[0]!.request.postData).toMatchObject({ text: '{"text":"héllo 👋"}' });
    expect(parsed.log.entries[0]!.request.postData?.encoding).toBeUndefined();
    expect(parsed.log.entries[1]!.request.postData).toMatchObject({ text: binary.toString('base64') });
    expect(parsed.log.entries[2]!.request.postData).toBeUndefined();
  });

  it('imports every entry with the exact body bytes, headers, path and µs timestamp', () => {
    expect(back.warnings).toEqual([]);
    expect(back.captures).toHaveLength(rows.length);
    back.captures.forEach(({ capture, origin }, i) => {
      const row = rows[i]!;
      expect(capture.body.equals(row.body)).toBe(true);
      expect(capture.headers).toEqual(row.headers);
      expect(capture.method).toBe(row.method);
      expect(capture.path).toBe(row.path);
      expect(capture.receivedAtUs).toBe(row.receivedAtUs);
      expect(capture.responseBody.equals(row.responseBody)).toBe(true);
      expect(capture.status).toBe(row.status);
      expect(origin).toEqual({ kind: 'imported', source: 'har', entryIndex: i, bodyExact: true });
      expect(capture.note).toMatch(/^Imported from HAR/);
    });
  });

  it('keeps a UTF-8 BOM (signatures cover it)', () => {
    expect(back.captures[3]!.capture.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe('importHar of foreign files', () => {
  const entry = (request: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    startedDateTime: '2026-05-25T10:00:00.123+02:00',
    request: {
      method: 'POST',
      url: 'https://example.test/a?b=1',
      httpVersion: 'h2',
      headers: [],
      ...request,
    },
    response: { status: 200, headers: [], content: { size: 0, mimeType: '' } },
    ...extra,
  });

  it('maps HTTP/2 pseudo-headers to Host and skips the rest', () => {
    const r = importHar(
      JSON.stringify({
        log: {
          entries: [
            entry({
              headers: [
                { name: ':method', value: 'POST' },
                { name: ':authority', value: 'hooks.test' },
                { name: 'content-type', value: 'application/json' },
              ],
              postData: { mimeType: 'application/json', text: '{}' },
              bodySize: 2,
            }),
          ],
        },
      }),
    );
    expect(r.captures[0]!.capture.headers).toEqual([
      ['Host', 'hooks.test'],
      ['content-type', 'application/json'],
    ]);
    expect(r.captures[0]!.capture.httpVersion).toBe('2');
    expect(r.captures[0]!.capture.receivedAtUs).toBe(Date.parse('2026-05-25T08:00:00.123Z') * 1000);
  });

  it('marks bodies rebuilt from params, or whose size disagrees, as inexact', () => {
    const r = importHar(
      JSON.stringify({
        log: {
          entries: [
            entry({
              postData: {
                mimeType: 'application/x-www-form-urlencoded',
                params: [{ name: 'a', value: '1 2' }],
              },
            }),
            entry({ postData: { mimeType: 'application/octet-stream', text: '\ufffd\ufffd' }, bodySize: 2 }),
          ],
        },
      }),
    );
    expect(r.captures[0]!.capture.body.toString()).toBe('a=1+2');
    expect(r.captures[0]!.origin).toMatchObject({ bodyExact: false });
    expect(r.captures[1]!.origin).toMatchObject({ bodyExact: false });
    expect(r.warnings).toHaveLength(2);
  });

  it('skips entries it cannot read and rejects files that are not HAR', () => {
    const r = importHar(
      JSON.stringify({ log: { entries: [entry({ url: 'not a url' }), { nope: true }, entry({})] } }),
    );
    expect(r.captures).toHaveLength(1);
    expect(r.warnings.join('\n')).toMatch(/Entry 1 skipped.*not an absolute URL/);
    expect(r.warnings.join('\n')).toMatch(/Entry 2 skipped/);
    expect(() => importHar('{"log":{}}')).toThrow(/not a HAR file/);
    expect(() => importHar('<html>')).toThrow(/not JSON/);
  });

  it('parses ISO timestamps to µs without losing digits', () => {
    expect(parseIsoMicros('2025-06-15T14:40:00.123456Z')).toBe(
      Date.parse('2025-06-15T14:40:00Z') * 1000 + 123456,
    );
    expect(parseIsoMicros('garbage')).toBeNull();
  });
});

describe('JSON and curl exports', () => {
  it('JSON holds every body as base64, exactly', () => {
    const parsed = JSON.parse(jsonExport(rows, 1_750_000_000_000_000, '0.1.0')) as {
      format: string;
      captures: { bodyBase64: string; headers: unknown }[];
    };
    expect(parsed.format).toBe('hookscope-captures');
    parsed.captures.forEach((c, i) => {
      expect(Buffer.from(c.bodyBase64, 'base64').equals(rows[i]!.body)).toBe(true);
      expect(c.headers).toEqual(rows[i]!.headers);
    });
  });

  it('curl export is one commented command per capture and warns about truncated bodies', () => {
    const r = exportCaptures([rows[0]!, captureRow({ id: 9, bodyTruncated: true, path: '/p' })], {
      format: 'curl',
      baseUrl: 'http://127.0.0.1:8787',
      version: '0',
      nowUs: 1_750_000_000_000_000,
    });
    expect(r.text).toMatch(
      /^# #1 POST received 2025-06-15T15:06:40\.123456Z\ncurl --globoff \\\n {2}'http:\/\/127\.0\.0\.1:8787\/webhooks\/test\?x=1'/,
    );
    expect(r.text).toMatch(/# #9 POST/);
    expect(r.fileName).toBe('hookscope-2025-06-15T15-06-40Z.sh');
    expect(r.warnings.join(' ')).toMatch(/#9/);
  });
});
