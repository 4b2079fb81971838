// The receiver over real sockets: what arrives is what is stored, byte for byte.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureDetail, CapturePage } from '@shared/types';
import { startTestCore, waitForCaptures, type TestCore } from '../helpers/in-process-core';
import { rawRequest } from '../helpers/raw-http';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let core: TestCore;
beforeAll(async () => {
  core = await startTestCore({
    bodyIdleTimeoutMs: 400,
    headersTimeoutMs: 600,
    settingsOverrides: { receiverMaxBodyBytes: 12 * 1024 * 1024 },
  });
});
afterAll(() => core.dispose());

async function post(path: string, body: Buffer, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(core.receiverUrl + path, { method: 'POST', body, headers });
}

async function latest(): Promise<CaptureDetail> {
  const page = await core.service.call('listCaptures', { limit: 1 });
  return core.service.call('getCapture', { id: page.items[0]!.id });
}

describe('byte-exact capture', () => {
  const cases: [string, Buffer, Record<string, string>][] = [
    ['binary', randomBytes(4096), { 'Content-Type': 'application/octet-stream' }],
    [
      'gzip-encoded JSON (not inflated)',
      gzipSync(Buffer.from('{"hello":"world"}')),
      { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
    ],
    [
      'invalid UTF-8',
      Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d]),
      { 'Content-Type': 'application/json; charset=utf-8' },
    ],
    ['malformed JSON', Buffer.from('{"a": [1, 2,, }'), { 'Content-Type': 'application/json' }],
    ['empty body', Buffer.alloc(0), {}],
    ['10 MB body', randomBytes(10 * 1024 * 1024), { 'Content-Type': 'application/octet-stream' }],
  ];
  for (const [name, body, headers] of cases) {
    it(`stores ${name} exactly as sent and acknowledges 200`, async () => {
      const res = await post('/hooks/bytes?case=' + encodeURIComponent(name), body, headers);
      expect(res.status).toBe(200);
      const capture = await latest();
      const stored = Buffer.from(capture.bodyBase64, 'base64');
      expect(capture.bodySha256).toBe(sha256(body));
      expect(sha256(stored)).toBe(sha256(body));
      expect(capture.size).toBe(body.length);
      expect(capture.bodyTruncated).toBe(false);
      expect(capture.kind).toBe('request');
    });
  }

  it('keeps header order, original case and duplicates, plus method, path, query and HTTP version', async () => {
    const body = '{"ok":1}';
    const res = await rawRequest(
      core.receiverUrl,
      `PATCH /Some/Path?b=2&a=1&a=3 HTTP/1.1\r\nHost: example.test\r\nX-Zeta: last-alphabetically\r\nx-lower: kept\r\nX-Dup: one\r\nX-Alpha: a\r\nX-Dup: two\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
      body,
    );
    expect(res.status).toBe(200);
    const capture = await latest();
    expect(capture.method).toBe('PATCH');
    expect(capture.path).toBe('/Some/Path?b=2&a=1&a=3');
    expect(capture.httpVersion).toBe('1.1');
    expect(capture.remoteAddress).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(capture.headers.map(([n]) => n)).toEqual([
      'Host',
      'X-Zeta',
      'x-lower',
      'X-Dup',
      'X-Alpha',
      'X-Dup',
      'Content-Length',
      'Connection',
    ]);
    expect(capture.headers.filter(([n]) => n === 'X-Dup').map(([, v]) => v)).toEqual(['one', 'two']);
    expect(capture.query).toEqual([
      ['b', '2'],
      ['a', '1'],
      ['a', '3'],
    ]);
    expect(capture.receivedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  });

  it('accepts 1,000 headers', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => `X-Header-${i}: value-${i}\r\n`).join('');
    const res = await rawRequest(
      core.receiverUrl,
      `POST /many HTTP/1.1\r\nHost: x\r\n${many}Content-Length: 2\r\nConnection: close\r\n\r\n`,
      '{}',
    );
    expect(res.status).toBe(200);
    const capture = await latest();
    expect(capture.headers.filter(([n]) => n.startsWith('X-Header-'))).toHaveLength(1000);
    expect(capture.headers[1000]).toEqual(['X-Header-999', 'value-999']);
  });

  it('captures any method on any path, including odd but valid ones', async () => {
    for (const method of ['PUT', 'DELETE', 'OPTIONS', 'PURGE', 'PROPFIND']) {
      const res = await rawRequest(
        core.receiverUrl,
        `${method} /odd/${method} HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
      );
      expect(res.status).toBe(200);
      expect((await latest()).method).toBe(method);
    }
  });

  it('answers an unparseable request 400 and still records what arrived', async () => {
    const before = (await core.service.call('listCaptures', {})).total;
    const res = await rawRequest(core.receiverUrl, 'NOT A REQUEST LINE\r\n\r\n');
    expect(res.status).toBe(400);
    await expect.poll(async () => (await core.service.call('listCaptures', {})).total).toBe(before + 1);
    const capture = await latest();
    expect(capture.kind).toBe('rejected');
    expect(capture.status).toBe(400);
    expect(Buffer.from(capture.bodyBase64, 'base64').toString()).toContain('NOT A REQUEST LINE');
  });

  it('answers /api/<operation> on the receiver port with 404: control routes live on the inspector port only', async () => {
    const res = await post('/api/listCaptures', Buffer.from('{}'));
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('"items"');
    const ordinary = await post('/api/webhooks/stripe', Buffer.from('{}'));
    expect(ordinary.status).toBe(200);
  });
});

describe('limits and misbehaving clients', () => {
  it('answers 413 for a body over the limit and records headers, full size and the first 64 KB', async () => {
    await core.service.call('updateSettings', { receiverMaxBodyBytes: 1024 * 1024 });
    try {
      const body = randomBytes(2 * 1024 * 1024);
      const res = await post('/too/big', body, { 'X-Marker': 'big-one' });
      expect(res.status).toBe(413);
      expect(((await res.json()) as { error: string }).error).toBe('payload_too_large');
      const capture = await latest();
      expect(capture.kind).toBe('rejected');
      expect(capture.status).toBe(413);
      expect(capture.size).toBe(body.length);
      expect(capture.bodyTruncated).toBe(true);
      expect(Buffer.from(capture.bodyBase64, 'base64').equals(body.subarray(0, 64 * 1024))).toBe(true);
      expect(capture.headers).toContainEqual(['X-Marker', 'big-one']);
      expect(capture.note).toMatch(/over the 1\.0 MB limit/);
    } finally {
      await core.service.call('updateSettings', { receiverMaxBodyBytes: 12 * 1024 * 1024 });
    }
  });

  it('times out a client that stops sending its body (408) and keeps the part received', async () => {
    const res = await rawRequest(
      core.receiverUrl,
      'POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\nConnection: close\r\n\r\n',
      'only-part',
      { endAfterWrite: false },
    );
    expect(res.status).toBe(408);
    const capture = await latest();
    expect(capture.kind).toBe('rejected');
    expect(capture.status).toBe(408);
    expect(Buffer.from(capture.bodyBase64, 'base64').toString()).toBe('only-part');
  });

  it('answers 408 to a client that never finishes its headers, and records it', async () => {
    const res = await rawRequest(
      core.receiverUrl,
      'POST /stalled-headers HTTP/1.1\r\nHost: x\r\nX-Half: ',
      '',
      {
        endAfterWrite: false,
      },
    );
    expect(res.status).toBe(408);
    // Node hands over no bytes of an unfinished head, so the request line is unknown ("?").
    await expect.poll(async () => (await latest()).note).toMatch(/did not finish sending headers/);
    const capture = await latest();
    expect(capture.kind).toBe('rejected');
    expect(capture.status).toBe(408);
  });

  it('keeps serving and keeps earlier captures after bad input', async () => {
    const before = await core.service.call('listCaptures', { limit: 1000 });
    const res = await post('/after-bad-input', Buffer.from('still fine'));
    expect(res.status).toBe(200);
    const after: CapturePage = await core.service.call('listCaptures', { limit: 1000 });
    expect(after.total).toBe(before.total + 1);
    expect(after.items.slice(1).map((c) => c.id)).toEqual(before.items.map((c) => c.id));
  });
});

describe('Meta verification handshake', () => {
  const challenge = (token: string) =>
    `/whatsapp?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=1158201444`;

  it('echoes the challenge as text/plain when no verify token is configured, marked "token not checked"', async () => {
    const res = await fetch(core.receiverUrl + challenge('anything'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe('1158201444');
    const capture = await latest();
    expect(capture.kind).toBe('handshake');
    expect(capture.verdict).toBe('handshake');
    expect(capture.note).toMatch(/token not checked/);
  });

  it('echoes the challenge when the configured token matches and answers 403 when it does not', async () => {
    await core.service.call('updateSettings', { metaVerifyToken: 'my-verify-token' });
    try {
      const ok = await fetch(core.receiverUrl + challenge('my-verify-token'));
      expect(ok.status).toBe(200);
      expect(await ok.text()).toBe('1158201444');
      expect((await latest()).note).toMatch(/matched/);

      const bad = await fetch(core.receiverUrl + challenge('wrong'));
      expect(bad.status).toBe(403);
      const capture = await latest();
      expect(capture.kind).toBe('handshake');
      expect(capture.status).toBe(403);
      // Refused: a failing verdict that says why, not a handshake that went through.
      expect(capture.verdict).toBe('fail');
      expect(capture.note).toMatch(/mismatch/);
    } finally {
      await core.service.call('updateSettings', { metaVerifyToken: null });
    }
  });

  it('answers 400 to a GET with hub.mode but no challenge', async () => {
    const res = await fetch(core.receiverUrl + '/whatsapp?hub.mode=subscribe');
    expect(res.status).toBe(400);
    expect((await latest()).kind).toBe('handshake');
  });
});

describe('Slack URL verification', () => {
  const verification = (challenge: string) =>
    Buffer.from(JSON.stringify({ token: 'legacy', challenge, type: 'url_verification' }));
  const slackHeaders = {
    'Content-Type': 'application/json',
    'X-Slack-Request-Timestamp': '1700000000',
    'X-Slack-Signature': 'v0=' + '0'.repeat(64),
  };

  it('is answered by the receiver with the challenge, and stored as a handshake', async () => {
    const res = await post(
      '/slack/events',
      verification('3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P'),
      slackHeaders,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe('3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P');
    const capture = await latest();
    expect(capture.kind).toBe('handshake');
    expect(capture.note).toMatch(/Slack URL verification/);
  });

  it('leaves an ordinary Slack event (and an unsigned lookalike) to the default acknowledgement', async () => {
    const event = Buffer.from(JSON.stringify({ type: 'event_callback', event: { type: 'message' } }));
    const res = await post('/slack/events', event, slackHeaders);
    expect(await res.text()).not.toMatch(/challenge/);
    expect((await latest()).kind).toBe('request');
    const lookalike = await post('/other', verification('abc'), { 'Content-Type': 'application/json' });
    expect(await lookalike.text()).not.toBe('abc');
    expect((await latest()).kind).toBe('request');
  });
});

describe('Slack URL verification with a signing secret stored', () => {
  const secret = 'slack-signing-secret-for-receiver';
  const body = Buffer.from(
    JSON.stringify({ token: 'legacy', challenge: 'ch-789', type: 'url_verification' }),
  );
  const signed = (key: string, ts = Math.floor(Date.now() / 1000)) => ({
    'Content-Type': 'application/json',
    'X-Slack-Request-Timestamp': String(ts),
    'X-Slack-Signature':
      'v0=' + createHmac('sha256', key).update(`v0:${ts}:${body.toString()}`).digest('hex'),
  });
  beforeAll(async () => {
    await core.service.call('putSecret', { provider: 'slack', label: 'signing', secret });
  });
  afterAll(async () => {
    await core.service.call('deleteSecret', { provider: 'slack', label: 'signing' });
  });

  it('answers the challenge when the signature holds', async () => {
    const res = await post('/slack/events', body, signed(secret));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ch-789');
    const capture = await latest();
    expect(capture.signature?.verdict).toBe('handshake');
    expect(capture.signature?.handshake?.signatureVerdict).toBe('pass');
  });

  it.each([
    ['signed with another secret', () => signed('not-the-signing-secret')],
    ['signed 10 minutes ago', () => signed(secret, Math.floor(Date.now() / 1000) - 600)],
  ])('refuses one %s with 401 and no challenge, as a verifying endpoint does', async (_case, headers) => {
    const res = await post('/slack/events', body, headers());
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('');
    const capture = await latest();
    expect(capture.status).toBe(401);
    expect(capture.note).toMatch(/refused with 401/);
    // The verdict is recorded with the handshake, and says what the endpoint owed Slack.
    expect(capture.signature?.verdict).toMatch(/^(fail|stale)$/);
    expect(capture.signature?.handshake?.kind).toBe('slack-url-verification');
    expect(capture.signature?.handshake?.signatureVerdict).toBe(capture.signature?.verdict);
  });

  it('a forged verification says the endpoint owes a 401', async () => {
    await post('/slack/events', body, signed('not-the-signing-secret'));
    const { signature } = await latest();
    expect(signature?.verdict).toBe('fail');
    expect(signature?.handshake?.expectedResponse).toEqual({ status: 401, contentType: null, body: '' });
  });
});

describe('live events', () => {
  it('announces each stored capture once, after it is acknowledged', async () => {
    const announced = waitForCaptures(core, 3, '/event/');
    for (let i = 0; i < 3; i++) expect((await post('/event/' + i, Buffer.from(String(i)))).status).toBe(200);
    const ids = await announced;
    expect(new Set(ids).size).toBe(3);
    for (const id of ids)
      expect((await core.service.call('getCapture', { id })).path).toMatch(/^\/event\/\d$/);
  });
});
