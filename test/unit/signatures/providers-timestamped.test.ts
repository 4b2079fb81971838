// Providers that bind a timestamp (and sometimes an id) into the signed content: Stripe, Slack,
// Standard Webhooks / Svix, Paddle, Zoom, and the generic HMAC preset.
import { describe, expect, it } from 'vitest';
import { analyseSignature } from '../../../src-main/core/signatures';
import { NOW, codes, hmac, request, secretsOf } from './helpers';

describe('Stripe', () => {
  const secret = 'whsec_test_stripe_endpoint_secret_0001';
  const body = Buffer.from(
    '{\n  "id": "evt_1",\n  "object": "event",\n  "type": "payment_intent.succeeded"\n}',
  );
  const sign = (t: number, key = secret) => hmac('sha256', key, `${t}.${body.toString()}`, 'hex');

  it('passes t=…,v1=… over <t>.<body> with the whsec_ string used raw', () => {
    const t = NOW - 5;
    const r = analyseSignature(
      request({ headers: [['Stripe-Signature', `t=${t},v1=${sign(t)}`]], body }),
      secretsOf({ stripe: [secret] }),
    );
    expect(r.verdict).toBe('pass');
    expect(r.computed).toBe(`v1=${sign(t)}`);
    expect(r.signedContent?.preview.startsWith(`${t}.{\\n  "id"`)).toBe(true);
  });

  it('lists every entry of a multi-signature header and marks the one that matched', () => {
    const t = NOW - 5;
    const header = `t=${t},v1=${sign(t, 'whsec_old_secret_000000000000')},v1=${sign(t)},v0=${'ab'.repeat(32)}`;
    const r = analyseSignature(
      request({ headers: [['Stripe-Signature', header]], body }),
      secretsOf({ stripe: [secret] }),
    );
    expect(r.verdict).toBe('pass');
    expect(r.entries.map((e) => [e.version, e.supported, e.matched])).toEqual([
      ['v1', true, false],
      ['v1', true, true],
      ['v0', false, false],
    ]);
    expect(r.warnings.join(' ')).toMatch(/entry 2 of 3 \(secret rotation in progress\)/);
  });

  it('fails with no-matching-version when only v0 entries exist', () => {
    const r = analyseSignature(
      request({ headers: [['Stripe-Signature', `t=${NOW},v0=${sign(NOW)}`]], body }),
      secretsOf({ stripe: [secret] }),
    );
    expect(r.verdict).toBe('fail');
    expect(r.reason).toBe('no-matching-version');
    expect(codes(r)).toContain('no-matching-version');
  });

  it('rejects old timestamps only (300 s): future ones pass like stripe-node', () => {
    const old = analyseSignature(
      request({ headers: [['Stripe-Signature', `t=${NOW - 301},v1=${sign(NOW - 301)}`]], body }),
      secretsOf({ stripe: [secret] }),
    );
    expect(old.verdict).toBe('stale');
    expect(old.reason).toBe('timestamp-outside-window');
    const future = analyseSignature(
      request({ headers: [['Stripe-Signature', `t=${NOW + 900},v1=${sign(NOW + 900)}`]], body }),
      secretsOf({ stripe: [secret] }),
    );
    expect(future.verdict).toBe('pass');
  });

  it('judges at capture time and separately says "would be rejected now"', () => {
    const t = NOW - 10;
    const r = analyseSignature(
      request({
        headers: [['Stripe-Signature', `t=${t},v1=${sign(t)}`]],
        body,
        receivedAtUnix: NOW,
        nowUnix: NOW + 3600,
      }),
      secretsOf({ stripe: [secret] }),
    );
    expect(r.verdict).toBe('pass');
    expect(r.timestamp).toMatchObject({
      ageAtCapture: 10,
      ageNow: 3610,
      rejectedAtCapture: false,
      rejectedNow: true,
    });
    expect(r.warnings.join(' ')).toMatch(/would be rejected now/);
  });
});

describe('Slack', () => {
  // The example from Slack's "Verifying requests from Slack" documentation.
  const body =
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';

  it('reproduces the Slack docs example', () => {
    const r = analyseSignature(
      request({
        headers: [
          ['Content-Type', 'application/x-www-form-urlencoded'],
          ['X-Slack-Request-Timestamp', '1531420618'],
          ['X-Slack-Signature', 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503'],
        ],
        body: Buffer.from(body),
        receivedAtUnix: 1531420618 + 2,
        nowUnix: 1531420618 + 2,
      }),
      secretsOf({ slack: ['8f742231b10e8888abcd99yyyzzz85a5'] }),
    );
    expect(r.provider).toBe('slack');
    expect(r.verdict).toBe('pass');
    expect(r.signedContent?.preview.startsWith('v0:1531420618:token=')).toBe(true);
  });

  it('fails when the timestamp header is missing', () => {
    const r = analyseSignature(
      request({
        headers: [['X-Slack-Signature', `v0=${hmac('sha256', 's', 'v0::x', 'hex')}`]],
        body: Buffer.from('x'),
      }),
      secretsOf({ slack: ['s'] }),
    );
    expect(r.verdict).toBe('fail');
    expect(r.reason).toBe('timestamp-missing');
    expect(codes(r)).toContain('missing-timestamp');
  });
});

describe('Standard Webhooks / Svix', () => {
  // The example from the Standard Webhooks specification / Svix docs.
  const spec = {
    secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
    ts: '1614265330',
    body: Buffer.from('{"test": 2432232314}'),
    sig: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
  };
  const at = { receivedAtUnix: 1614265330 + 1, nowUnix: 1614265330 + 1 };

  it('reproduces the specification example (webhook-* headers)', () => {
    const r = analyseSignature(
      request({
        headers: [
          ['webhook-id', spec.id],
          ['webhook-timestamp', spec.ts],
          ['webhook-signature', spec.sig],
        ],
        body: spec.body,
        ...at,
      }),
      secretsOf({ 'standard-webhooks': [spec.secret] }),
    );
    expect(r.provider).toBe('standard-webhooks');
    expect(r.verdict).toBe('pass');
    expect(r.computed).toBe(spec.sig);
    expect(r.scheme?.keyDerivation).toMatch(/base64-decoded/);
    expect(r.signedContent?.preview).toBe(`${spec.id}.${spec.ts}.{"test": 2432232314}`);
  });

  it('accepts svix-* headers, skips v1a entries, matches a later v1 entry', () => {
    const r = analyseSignature(
      request({
        headers: [
          ['svix-id', spec.id],
          ['svix-timestamp', spec.ts],
          ['svix-signature', `v1a,AAAA v1,bm90LXRoaXM= ${spec.sig}`],
        ],
        body: spec.body,
        ...at,
      }),
      secretsOf({ 'standard-webhooks': [spec.secret] }),
    );
    expect(r.verdict).toBe('pass');
    expect(r.format?.id).toBe('svix-v1');
    expect(r.entries.map((e) => [e.version, e.supported, e.matched])).toEqual([
      ['v1a', false, false],
      ['v1', true, false],
      ['v1', true, true],
    ]);
  });

  it('enforces ±300 s', () => {
    const r = analyseSignature(
      request({
        headers: [
          ['webhook-id', spec.id],
          ['webhook-timestamp', spec.ts],
          ['webhook-signature', spec.sig],
        ],
        body: spec.body,
        receivedAtUnix: 1614265330 - 301,
      }),
      secretsOf({ 'standard-webhooks': [spec.secret] }),
    );
    expect(r.verdict).toBe('stale');
    expect(r.reason).toBe('timestamp-outside-window');
  });
});

describe('Paddle Billing', () => {
  // Vectors from paddle-node-sdk's webhooks-validator tests.
  const body = Buffer.from('{"data": ["1", "2"]}');
  const header = 'ts=1698796800;h1=a300428748dce5c70e4da19bffd60769591ea969c99dea3105d0ec9612cf43f9';

  it('reproduces the SDK vector (ts:<body>, colon separator)', () => {
    const r = analyseSignature(
      request({ headers: [['Paddle-Signature', header]], body, receivedAtUnix: 1698796801 }),
      secretsOf({ paddle: ['VALID_SECRET'] }),
    );
    expect(r.verdict).toBe('pass');
    expect(r.signedContent?.preview).toBe('1698796800:{"data": ["1", "2"]}');
  });

  it('reproduces the multi-hash vector (h1 twice, unknown h2 skipped)', () => {
    const multi =
      'ts=1698796800;h1=28981e941fae76e53db32f3d2a83cb69db41476595e84e1970a1b5d98f62b261;h1=28981e941fae76e53db32f3d2a83cb69db41476595e84e1970a1b5d98f62b261;h2=RANDOM_HASH';
    const r = analyseSignature(
      request({
        headers: [['Paddle-Signature', multi]],
        body: Buffer.from('{"data": "value"}'),
        receivedAtUnix: 1698796800,
      }),
      secretsOf({ paddle: ['VALID_SECRET'] }),
    );
    expect(r.verdict).toBe('pass');
    expect(r.entries.find((e) => e.version === 'h2')?.supported).toBe(false);
  });

  it('applies the SDK window: 5 s passes, 6 s fails', () => {
    const at5 = analyseSignature(
      request({ headers: [['Paddle-Signature', header]], body, receivedAtUnix: 1698796805 }),
      secretsOf({ paddle: ['VALID_SECRET'] }),
    );
    const at6 = analyseSignature(
      request({ headers: [['Paddle-Signature', header]], body, receivedAtUnix: 1698796806 }),
      secretsOf({ paddle: ['VALID_SECRET'] }),
    );
    expect(at5.verdict).toBe('pass');
    expect(at6.verdict).toBe('stale');
    expect(at6.reason).toBe('timestamp-outside-window');
  });

  it('fails the SDK "more space" vector as a mismatch', () => {
    const r = analyseSignature(
      request({
        headers: [['Paddle-Signature', header]],
        body: Buffer.from('{ "data": [ "1", "2" ]}'),
        receivedAtUnix: 1698796800,
      }),
      secretsOf({ paddle: ['VALID_SECRET'] }),
    );
    expect(r.verdict).toBe('fail');
    expect(r.reason).toBe('digest-mismatch');
  });
});

describe('Zoom', () => {
  it('passes v0=<hex> over v0:<ts>:<body> and shows age without a window', () => {
    const secret = 'zoom_secret_token_abcdef';
    const body = Buffer.from('{"event":"meeting.started","payload":{"account_id":"a"}}');
    const ts = String(NOW - 100);
    const r = analyseSignature(
      request({
        headers: [
          ['x-zm-request-timestamp', ts],
          ['x-zm-signature', `v0=${hmac('sha256', secret, `v0:${ts}:${body.toString()}`, 'hex')}`],
        ],
        body,
      }),
      secretsOf({ zoom: [secret] }),
    );
    expect(r.verdict).toBe('pass');
    expect(r.timestamp).toMatchObject({ ageAtCapture: 100, maxAgeSeconds: null, rejectedAtCapture: false });
  });
});

describe('Generic HMAC preset', () => {
  const generic = {
    header: 'X-Signature',
    algorithm: 'sha512' as const,
    encoding: 'base64' as const,
    prefix: 'sha512=',
    template: '{timestamp}.{body}',
    timestampHeader: 'X-Timestamp',
    toleranceSeconds: 60,
  };
  const body = Buffer.from('{"hello":"world"}');
  const sign = (ts: number) =>
    `sha512=${hmac('sha512', 'generic-secret-xyz', `${ts}.${body.toString()}`, 'base64')}`;

  /** A request signed (and timestamped) at `ts`, verified with the generic preset. */
  const verifySignedAt = (ts: number) =>
    analyseSignature(
      request({
        headers: [
          ['X-Signature', sign(ts)],
          ['X-Timestamp', String(ts)],
        ],
        body,
        provider: 'generic',
        generic,
      }),
      secretsOf({ generic: ['generic-secret-xyz'] }),
    );

  it('verifies header/algorithm/encoding/prefix/template/timestamp as configured', () => {
    const r = verifySignedAt(NOW - 30);
    expect(r.provider).toBe('generic');
    expect(r.providerSource).toBe('override');
    expect(r.verdict).toBe('pass');
    expect(r.computed).toBe(sign(NOW - 30));
    expect(r.scheme).toMatchObject({
      algorithm: 'HMAC-SHA512',
      encoding: 'base64',
      template: '{timestamp}.{body}',
    });
  });

  it('applies the configured tolerance', () => {
    const r = verifySignedAt(NOW - 61);
    expect(r.verdict).toBe('stale');
    expect(r.reason).toBe('timestamp-outside-window');
  });
});
