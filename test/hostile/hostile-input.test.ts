// Hostile input over raw sockets. For every case: what the receiver answers, the capture it records
// (exactly one per request, with the right method, path and bytes — or none for a connection that
// sent nothing), and that a normal request sent right after is still answered 200 and stored exactly.
import { createHash, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CaptureDetail } from '@shared/types';
import { startTestCore, type TestCore } from '../helpers/in-process-core';
import { exchange, lastBody, type ExchangeOptions } from './raw-socket';

let core: TestCore;
beforeAll(async () => {
  core = await startTestCore({
    bodyIdleTimeoutMs: 500,
    bodyDeadlineMs: 1500,
    headersTimeoutMs: 700,
    settingsOverrides: { receiverMaxBodyBytes: 256 * 1024 },
  });
});
afterAll(() => core.dispose());

async function newestId(): Promise<number> {
  const page = await core.service.call('listCaptures', { limit: 1 });
  return page.items[0]?.id ?? 0;
}

async function capturesAfter(id: number): Promise<CaptureDetail[]> {
  const page = await core.service.call('listCaptures', { limit: 200 });
  const ids = page.items.filter((c) => c.id > id).map((c) => c.id);
  return Promise.all(ids.reverse().map((i) => core.service.call('getCapture', { id: i })));
}

const body = (c: CaptureDetail) => Buffer.from(c.bodyBase64, 'base64');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface Expected {
  method: string;
  path: string;
  kind?: 'request' | 'rejected' | 'handshake';
  status?: number;
  /** The stored body, exactly. */
  body?: Buffer | string;
  /** Or: the stored body starts with these bytes. */
  bodyStarts?: Buffer | string;
  note?: RegExp;
  header?: [string, string];
  trailer?: [string, string];
}

interface Case {
  name: string;
  chunks: () => (Buffer | string)[];
  opts?: ExchangeOptions;
  /** Status codes of the answer, in order; [] when the connection is closed without one. */
  answer: number[];
  /** One entry per capture expected, oldest first; [] for none. */
  captures: Expected[];
}

const close = 'Connection: close\r\n';
const post = (path: string, payload: string | Buffer, extra = '') => [
  Buffer.concat([
    Buffer.from(
      `POST ${path} HTTP/1.1\r\nHost: x\r\n${close}${extra}Content-Length: ${Buffer.byteLength(payload)}\r\n\r\n`,
    ),
    Buffer.from(payload),
  ]),
];
const gzipBomb = gzipSync(Buffer.alloc(20 * 1024 * 1024));
const tlsHello = Buffer.from(
  '16030100c4010000c00303' + randomBytes(32).toString('hex') + '000004130113020100009300000000',
  'hex',
);
const manyHeaders = (n: number) => 'X:1\r\n'.repeat(n);
const binary = randomBytes(2048);

const cases: Case[] = [
  // — What Node used to answer by itself, unrecorded —
  {
    name: 'HTTP/1.1 without Host',
    chunks: () => [`GET /no-host HTTP/1.1\r\n${close}\r\n`],
    answer: [200],
    captures: [{ method: 'GET', path: '/no-host', kind: 'request', status: 200, body: '' }],
  },
  {
    name: 'HTTP/1.0 without Host',
    chunks: () => ['GET /http10 HTTP/1.0\r\n\r\n'],
    answer: [200],
    captures: [{ method: 'GET', path: '/http10', kind: 'request' }],
  },
  {
    name: 'Expect other than 100-continue',
    chunks: () => [`POST /expect HTTP/1.1\r\nHost: x\r\nExpect: brew-coffee\r\nContent-Length: 2\r\n\r\n`],
    answer: [417],
    captures: [
      {
        method: 'POST',
        path: '/expect',
        kind: 'rejected',
        status: 417,
        note: /Expect: brew-coffee/,
        header: ['Expect', 'brew-coffee'],
      },
    ],
  },
  {
    name: 'Expect: 100-continue',
    chunks: () => [
      `POST /continue HTTP/1.1\r\nHost: x\r\n${close}Expect: 100-continue\r\nContent-Length: 5\r\n\r\n`,
      'hello',
    ],
    opts: { gapMs: 100 },
    answer: [100, 200],
    captures: [{ method: 'POST', path: '/continue', kind: 'request', body: 'hello' }],
  },
  {
    name: 'CONNECT',
    chunks: () => ['CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n'],
    answer: [405],
    captures: [
      { method: 'CONNECT', path: 'example.com:443', kind: 'rejected', status: 405, note: /not a proxy/ },
    ],
  },
  // — Connections that send little or nothing —
  {
    name: 'an idle connection that sends nothing',
    chunks: () => [],
    answer: [],
    captures: [],
  },
  {
    name: 'headers that never finish (header timeout)',
    chunks: () => ['POST /half HTTP/1.1\r\nHost: x\r\nX-Partial: y'],
    answer: [408],
    captures: [
      {
        method: 'POST',
        path: '/half',
        kind: 'rejected',
        status: 408,
        body: 'POST /half HTTP/1.1\r\nHost: x\r\nX-Partial: y',
        note: /did not finish sending headers/,
      },
    ],
  },
  {
    name: 'header timeout on a second request of a keep-alive connection',
    chunks: () => [
      'GET /first HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /second HTTP/1.1\r\nHost: x\r\nX-Stalled: 1',
    ],
    opts: { gapMs: 150 },
    answer: [200, 408],
    captures: [
      { method: 'GET', path: '/first', kind: 'request' },
      {
        method: 'GET',
        path: '/second',
        kind: 'rejected',
        status: 408,
        body: 'GET /second HTTP/1.1\r\nHost: x\r\nX-Stalled: 1',
      },
    ],
  },
  // — Limits —
  {
    name: 'headers over 256 KB in one chunk',
    chunks: () => [`POST /huge HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(300 * 1024)}\r\n\r\n`],
    answer: [431],
    captures: [
      {
        method: 'POST',
        path: '/huge',
        kind: 'rejected',
        status: 431,
        note: /header bytes/,
        bodyStarts: 'POST /huge HTTP/1.1\r\n',
      },
    ],
  },
  {
    name: 'headers over 256 KB across many chunks',
    chunks: () => [
      'PUT /huge-slow HTTP/1.1\r\nHost: x\r\n',
      ...Array.from({ length: 12 }, (_, i) => `X-Chunk${i}: ${'b'.repeat(30 * 1024)}\r\n`),
    ],
    opts: { gapMs: 10 },
    answer: [431],
    captures: [
      {
        method: 'PUT',
        path: '/huge-slow',
        kind: 'rejected',
        status: 431,
        bodyStarts: 'PUT /huge-slow HTTP/1.1\r\nHost: x\r\nX-Chunk0: bbb',
      },
    ],
  },
  {
    name: 'more than 10,000 header lines',
    chunks: () => [
      `POST /many HTTP/1.1\r\nHost: x\r\n${close}${manyHeaders(10_050)}Content-Length: 2\r\n\r\nok`,
    ],
    answer: [431],
    captures: [{ method: 'POST', path: '/many', kind: 'rejected', status: 431, note: /header count limit/ }],
  },
  {
    name: 'a body over the size limit',
    chunks: () => post('/too-big', Buffer.alloc(300 * 1024, 'z')),
    answer: [413],
    captures: [
      { method: 'POST', path: '/too-big', kind: 'rejected', status: 413, body: Buffer.alloc(64 * 1024, 'z') },
    ],
  },
  {
    name: 'a body that drips a byte at a time (whole-body deadline)',
    chunks: () => [
      `POST /drip HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n`,
      ...Array.from({ length: 40 }, () => 'd'),
    ],
    opts: { gapMs: 100, stopOnAnswer: true },
    answer: [408],
    captures: [
      {
        method: 'POST',
        path: '/drip',
        kind: 'rejected',
        status: 408,
        note: /still incomplete after 1\.5 s/,
        bodyStarts: 'ddddd',
      },
    ],
  },
  {
    name: 'a body shorter than its Content-Length, then the client hangs up',
    chunks: () => [`POST /short HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly-this`],
    opts: { end: true },
    answer: [],
    captures: [
      { method: 'POST', path: '/short', kind: 'rejected', body: 'only-this', note: /closed the connection/ },
    ],
  },
  {
    name: 'a gzip bomb (stored compressed, never inflated by the receiver)',
    chunks: () => post('/bomb', gzipBomb, 'Content-Encoding: gzip\r\nContent-Type: application/json\r\n'),
    answer: [200],
    captures: [{ method: 'POST', path: '/bomb', kind: 'request', body: gzipBomb }],
  },
  // — Not HTTP/1.1 at all —
  {
    name: 'an HTTP/2 connection preface',
    chunks: () => ['PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'],
    answer: [505],
    captures: [
      { method: 'PRI', path: '*', kind: 'rejected', status: 505, body: 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n' },
    ],
  },
  {
    name: 'a TLS ClientHello (https:// to the http port)',
    chunks: () => [tlsHello],
    answer: [400],
    captures: [
      { method: '?', path: '?', kind: 'rejected', status: 400, body: tlsHello, note: /TLS handshake/ },
    ],
  },
  {
    name: 'random binary bytes',
    chunks: () => [binary],
    answer: [400],
    captures: [{ method: '?', path: '?', kind: 'rejected', status: 400, bodyStarts: binary.subarray(0, 1) }],
  },
  {
    name: 'an unknown method',
    chunks: () => [`FROBNICATE /odd HTTP/1.1\r\nHost: x\r\n\r\n`],
    answer: [400],
    captures: [
      { method: 'FROBNICATE', path: '/odd', kind: 'rejected', status: 400, note: /could not be parsed/ },
    ],
  },
  {
    name: 'a lowercase method',
    chunks: () => [`post /lower HTTP/1.1\r\nHost: x\r\n\r\n`],
    answer: [400],
    captures: [{ method: 'post', path: '/lower', kind: 'rejected', status: 400 }],
  },
  {
    name: 'a space inside the path',
    chunks: () => [`GET /a b HTTP/1.1\r\nHost: x\r\n\r\n`],
    answer: [400],
    captures: [{ method: 'GET', path: '/a', kind: 'rejected', status: 400 }],
  },
  {
    name: 'a NUL byte in a header value',
    chunks: () => [`POST /nul HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0000b\r\nContent-Length: 0\r\n\r\n`],
    answer: [400],
    captures: [{ method: 'POST', path: '/nul', kind: 'rejected', status: 400 }],
  },
  // — Request smuggling shapes: refused, recorded once —
  {
    name: 'Content-Length and Transfer-Encoding together',
    chunks: () => [
      `POST /cl-te HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
    ],
    answer: [400],
    captures: [{ method: 'POST', path: '/cl-te', kind: 'rejected', status: 400 }],
  },
  {
    name: 'two different Content-Length headers',
    chunks: () => [`POST /cl-cl HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 5\r\n\r\nhello`],
    answer: [400],
    captures: [{ method: 'POST', path: '/cl-cl', kind: 'rejected', status: 400 }],
  },
  {
    name: 'Transfer-Encoding that does not end in chunked',
    chunks: () => [`POST /te-gzip HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n`],
    answer: [400],
    captures: [{ method: 'POST', path: '/te-gzip', kind: 'rejected', status: 400 }],
  },
  {
    name: 'an invalid chunk size',
    chunks: () => [
      `POST /bad-chunk HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n`,
    ],
    answer: [400],
    captures: [{ method: 'POST', path: '/bad-chunk', kind: 'rejected' }],
  },
  {
    name: 'a smuggled request hidden after a body (pipelined, same packet)',
    chunks: () => [
      `POST /carrier HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhelloGET /smuggled HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n`,
    ],
    answer: [200, 400],
    captures: [
      { method: 'POST', path: '/carrier', kind: 'request', body: 'hello' },
      {
        method: 'GET',
        path: '/smuggled',
        kind: 'rejected',
        status: 400,
        bodyStarts: 'GET /smuggled HTTP/1.1\r\n',
      },
    ],
  },
  // — Pipelining —
  {
    name: 'garbage after a valid request in the same packet',
    chunks: () => ['GET /valid HTTP/1.1\r\nHost: x\r\n\r\nGARBAGE / HTTP/1.1\r\n\r\n'],
    answer: [200, 400],
    captures: [
      { method: 'GET', path: '/valid', kind: 'request' },
      { method: 'GARBAGE', path: '/', kind: 'rejected', status: 400, body: 'GARBAGE / HTTP/1.1\r\n\r\n' },
    ],
  },
  {
    name: 'garbage after a chunked body in the same packet',
    chunks: () => [
      'POST /chunked-carrier HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\n\r\nGARBAGE /after-chunked HTTP/1.1\r\n\r\n',
    ],
    answer: [200, 400],
    captures: [
      { method: 'POST', path: '/chunked-carrier', kind: 'request', body: 'hello world' },
      {
        method: 'GARBAGE',
        path: '/after-chunked',
        kind: 'rejected',
        status: 400,
        body: 'GARBAGE /after-chunked HTTP/1.1\r\n\r\n',
      },
    ],
  },
  {
    name: 'unparseable bytes after a chunked body with trailers in the same packet',
    chunks: () => [
      'POST /chunked-trailers HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nX-Sum: 1\r\n\r\n\u0001\u0002 junk\r\n\r\n',
    ],
    answer: [200, 400],
    captures: [
      { method: 'POST', path: '/chunked-trailers', kind: 'request', body: 'abc', trailer: ['X-Sum', '1'] },
      { method: '?', path: '?', kind: 'rejected', status: 400, body: '\u0001\u0002 junk\r\n\r\n' },
    ],
  },
  {
    name: 'garbage after a valid request in the next packet',
    chunks: () => ['GET /valid2 HTTP/1.1\r\nHost: x\r\n\r\n', 'BAD\u0001 STUFF\r\n\r\n'],
    opts: { gapMs: 150 },
    answer: [200, 400],
    captures: [
      { method: 'GET', path: '/valid2', kind: 'request' },
      { method: '?', path: '?', kind: 'rejected', status: 400, body: 'BAD\u0001 STUFF\r\n\r\n' },
    ],
  },
  {
    name: 'twenty pipelined requests in one write',
    chunks: () => [
      Array.from(
        { length: 20 },
        (_, i) =>
          `POST /pipe/${i} HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n${String(i).padStart(2, '0')}`,
      ).join(''),
    ],
    opts: { settleMs: 800 },
    answer: Array(20).fill(200),
    captures: Array.from({ length: 20 }, (_, i) => ({
      method: 'POST',
      path: `/pipe/${i}`,
      kind: 'request' as const,
      body: String(i).padStart(2, '0'),
    })),
  },
  {
    name: 'two requests on one keep-alive connection, one after the other',
    chunks: () => ['GET /ka/1 HTTP/1.1\r\nHost: x\r\n\r\n', `GET /ka/2 HTTP/1.1\r\nHost: x\r\n${close}\r\n`],
    opts: { gapMs: 100 },
    answer: [200, 200],
    captures: [
      { method: 'GET', path: '/ka/1', kind: 'request' },
      { method: 'GET', path: '/ka/2', kind: 'request' },
    ],
  },
  // — Odd but legal —
  ...['PROPFIND', 'MKCOL', 'PURGE', 'SEARCH', 'OPTIONS', 'DELETE'].map((m): Case => ({
    name: `the method ${m}`,
    chunks: () => [`${m} /odd-method HTTP/1.1\r\nHost: x\r\n${close}Content-Length: 2\r\n\r\nmm`],
    answer: [200],
    captures: [{ method: m, path: '/odd-method', kind: 'request', body: 'mm' }],
  })),
  {
    name: 'OPTIONS * (asterisk form)',
    chunks: () => [`OPTIONS * HTTP/1.1\r\nHost: x\r\n${close}\r\n`],
    answer: [200],
    captures: [{ method: 'OPTIONS', path: '*', kind: 'request' }],
  },
  {
    name: 'an absolute-form URL',
    chunks: () => [
      `POST http://elsewhere.example/hook?x=1 HTTP/1.1\r\nHost: x\r\n${close}Content-Length: 1\r\n\r\nA`,
    ],
    answer: [200],
    captures: [{ method: 'POST', path: 'http://elsewhere.example/hook?x=1', kind: 'request', body: 'A' }],
  },
  {
    name: 'a 100 KB URL',
    chunks: () => [`GET /long?q=${'q'.repeat(100 * 1024)} HTTP/1.1\r\nHost: x\r\n${close}\r\n`],
    answer: [200],
    captures: [{ method: 'GET', path: `/long?q=${'q'.repeat(100 * 1024)}`, kind: 'request' }],
  },
  {
    name: 'chunked body with extensions and trailers',
    chunks: () => [
      `POST /chunked HTTP/1.1\r\nHost: x\r\n${close}Transfer-Encoding: chunked\r\nTrailer: X-Checksum\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Checksum: abc123\r\n\r\n`,
    ],
    answer: [200],
    captures: [
      {
        method: 'POST',
        path: '/chunked',
        kind: 'request',
        body: 'hello world',
        trailer: ['X-Checksum', 'abc123'],
      },
    ],
  },
  {
    name: 'non-ASCII bytes in a header value',
    chunks: () => [
      Buffer.concat([
        Buffer.from(`POST /utf8 HTTP/1.1\r\nHost: x\r\n${close}X-Name: `),
        Buffer.from('Zoë ☃', 'utf8'),
        Buffer.from('\r\nContent-Length: 0\r\n\r\n'),
      ]),
    ],
    answer: [200],
    captures: [
      {
        method: 'POST',
        path: '/utf8',
        kind: 'request',
        header: ['X-Name', Buffer.from('Zoë ☃', 'utf8').toString('latin1')],
      },
    ],
  },
  {
    name: 'a WebSocket upgrade request',
    chunks: () => [
      `GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
    ],
    answer: [200],
    captures: [{ method: 'GET', path: '/ws', kind: 'request', header: ['Upgrade', 'websocket'] }],
  },
  {
    name: 'a probe of a control-API path',
    chunks: () => post('/api/listCaptures', '{}'),
    answer: [404],
    captures: [{ method: 'POST', path: '/api/listCaptures', kind: 'request', status: 404, body: '{}' }],
  },
  {
    name: 'a HEAD request',
    chunks: () => [`HEAD /head HTTP/1.1\r\nHost: x\r\n${close}\r\n`],
    answer: [200],
    captures: [{ method: 'HEAD', path: '/head', kind: 'request' }],
  },
];

async function normalRequestStillWorks(label: string): Promise<void> {
  const payload = randomBytes(512);
  const before = await newestId();
  const res = await fetch(`${core.receiverUrl}/after/${encodeURIComponent(label)}`, {
    method: 'POST',
    body: payload,
  });
  expect(res.status).toBe(200);
  const after = await capturesAfter(before);
  expect(after.map((c) => c.path)).toEqual([`/after/${encodeURIComponent(label)}`]);
  expect(sha(body(after[0]!))).toBe(sha(payload));
}

describe('hostile input over raw sockets', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  for (const c of cases) {
    it(c.name, async () => {
      const before = await newestId();
      const answer = await exchange(core.receiverUrl, c.chunks(), { settleMs: 1500, ...c.opts });
      expect(answer.statuses).toEqual(c.answer);
      // A request the client abandoned is stored once the receiver notices; wait for that.
      let stored: CaptureDetail[] = [];
      await vi.waitFor(
        async () => {
          stored = await capturesAfter(before);
          expect(stored.length).toBeGreaterThanOrEqual(c.captures.length);
        },
        { timeout: 3000 },
      );
      expect(stored.map((s) => `${s.method} ${s.path.slice(0, 60)}`)).toEqual(
        c.captures.map((e) => `${e.method} ${e.path.slice(0, 60)}`),
      );
      for (const [i, want] of c.captures.entries()) {
        const got = stored[i]!;
        if (want.kind) expect(got.kind).toBe(want.kind);
        if (want.status !== undefined) expect(got.status).toBe(want.status);
        if (want.body !== undefined)
          expect([body(got).length, sha(body(got))]).toEqual([
            Buffer.from(want.body).length,
            sha(Buffer.from(want.body)),
          ]);
        if (want.bodyStarts !== undefined) {
          const prefix = Buffer.from(want.bodyStarts);
          expect(body(got).subarray(0, prefix.length).toString('latin1')).toBe(prefix.toString('latin1'));
        }
        if (want.note) expect(got.note).toMatch(want.note);
        if (want.header) expect(got.headers).toContainEqual(want.header);
        if (want.trailer) expect(got.trailers).toEqual([want.trailer]);
      }
      // A refused request's answer says what happened in its JSON body.
      if (c.answer.length && c.answer.at(-1)! >= 400 && c.captures.length)
        expect(lastBody(answer.raw).toString()).toMatch(/"error":/);
      await normalRequestStillWorks(c.name);
    });
  }

  it('a search with NUL and control characters answers a valid result', async () => {
    const page = await core.service.call('listCaptures', { query: 'hello\u0000world\u0007' });
    expect(Array.isArray(page.items)).toBe(true);
    const exact = await core.service.call('listCaptures', { query: '\u0000' });
    expect(exact.items.length).toBeGreaterThan(0);
  });
});
