// One test per diagnosis heuristic: break the request in one known way and check the diagnosis names
// that cause first (or, for structural findings, includes it), with an exact-match flag where a
// recomputation reproduced the received signature.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyseSignature, type AnalysisRequest, type SecretLookup } from '../../../src-main/core/signatures';
import { NOW, codes, hmac, request, secretsOf, whatsappBody } from './helpers';

const SECRET = 'app-secret-for-diagnosis-0123456789';
const meta = secretsOf({ meta: [{ label: 'app', value: SECRET }] });
const metaSig = (body: Buffer | string, alg: 'sha1' | 'sha256' = 'sha256') =>
  `${alg}=${hmac(alg, SECRET, body, 'hex')}`;

function metaReq(
  headerBody: Buffer | string,
  capturedBody: Buffer,
  extra: [string, string][] = [],
): AnalysisRequest {
  return request({ headers: [['X-Hub-Signature-256', metaSig(headerBody)], ...extra], body: capturedBody });
}

function first(req: AnalysisRequest, secrets: SecretLookup = meta, verdict: 'fail' | 'stale' = 'fail') {
  const r = analyseSignature(req, secrets);
  expect(r.verdict).toBe(verdict);
  expect(r.diagnosis.length).toBeGreaterThan(0);
  return { report: r, top: r.diagnosis[0] };
}

describe('body-side heuristics', () => {
  it('trailing newline added after signing (echo without -n)', () => {
    const { top } = first(metaReq(whatsappBody, Buffer.concat([whatsappBody, Buffer.from('\n')])));
    expect(top).toMatchObject({ code: 'trailing-newline', exact: true });
    expect(top?.message).toMatch(/added/);
  });

  it('trailing newline stripped after signing', () => {
    const signed = Buffer.concat([whatsappBody, Buffer.from('\r\n')]);
    const { top } = first(metaReq(signed, whatsappBody));
    expect(top).toMatchObject({ code: 'trailing-newline', exact: true });
    expect(top?.message).toMatch(/CRLF that is missing/);
  });

  it('CRLF line endings normalised to LF', () => {
    const signed = Buffer.from('{\r\n  "a": 1,\r\n  "b": 2\r\n}');
    const { top } = first(metaReq(signed, Buffer.from('{\n  "a": 1,\n  "b": 2\n}')));
    expect(top).toMatchObject({ code: 'line-endings', exact: true });
  });

  it('UTF-8 BOM added', () => {
    const { top } = first(
      metaReq(whatsappBody, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), whatsappBody])),
    );
    expect(top).toMatchObject({ code: 'utf8-bom', exact: true });
  });

  it('charset mojibake (UTF-8 read as latin-1 and re-encoded)', () => {
    const signed = Buffer.from('{"text":"Café — déjà vu"}');
    const mangled = Buffer.from(signed.toString('latin1'), 'utf8');
    const { top } = first(metaReq(signed, mangled));
    expect(top).toMatchObject({ code: 'charset-mangled', exact: true });
  });

  it('re-serialised JSON: the sender signed compact JSON, the copy is pretty-printed', () => {
    const compact = Buffer.from(JSON.stringify({ a: 1, b: [1, 2], c: { d: 'x' } }));
    const pretty = Buffer.from(JSON.stringify(JSON.parse(compact.toString()), null, 2));
    const { top } = first(metaReq(compact, pretty));
    expect(top).toMatchObject({ code: 'json-reserialized', exact: true });
    expect(top?.message).toMatch(/compact JSON/);
  });

  it('re-serialised JSON: Meta-style \\uXXXX and \\/ escaping lost', () => {
    const metaStyle = Buffer.from('{"text":"caf\\u00e9 \\ud83d\\ude00 http:\\/\\/x.test\\/a"}');
    const unescaped = Buffer.from(JSON.stringify(JSON.parse(metaStyle.toString())));
    const { top } = first(metaReq(metaStyle, unescaped));
    expect(top).toMatchObject({ code: 'json-reserialized', exact: true });
    expect(top?.message).toMatch(/Meta-style/);
  });

  it('re-serialised JSON: Python json.dumps separators and escapes', () => {
    const python = Buffer.from('{"a": 1, "b": ["x", "caf\\u00e9"], "c": {"d": "e:f, g"}}');
    const { top } = first(metaReq(python, Buffer.from(JSON.stringify(JSON.parse(python.toString())))));
    expect(top).toMatchObject({ code: 'json-reserialized', exact: true });
    expect(top?.message).toMatch(/Python/);
  });

  it('re-serialised JSON: GitHub-style uppercase \\u escapes of control characters', () => {
    const github = Buffer.from('{"title":"esc \\u001B[31m red","path":"a\\\\u001b"}');
    const { top } = first(metaReq(github, Buffer.from(JSON.stringify(JSON.parse(github.toString())))));
    expect(top).toMatchObject({ code: 'json-reserialized', exact: true });
    expect(top?.message).toMatch(/uppercase/);
  });

  it('re-serialised JSON: sorted keys', () => {
    const sorted = Buffer.from('{"a":1,"m":2,"z":3}');
    const { top } = first(metaReq(sorted, Buffer.from('{"z":3,"a":1,"m":2}')));
    expect(top).toMatchObject({ code: 'json-reserialized', exact: true });
    expect(top?.message).toMatch(/sorted keys/);
  });

  it('form body re-encoded (%20 vs +)', () => {
    const ts = String(NOW);
    const signed = 'command=%2Fdeploy&text=hello%20world&user_name=ana';
    const captured = 'command=%2Fdeploy&text=hello+world&user_name=ana';
    const req = request({
      headers: [
        ['Content-Type', 'application/x-www-form-urlencoded'],
        ['X-Slack-Request-Timestamp', ts],
        ['X-Slack-Signature', `v0=${hmac('sha256', 'slack-secret', `v0:${ts}:${signed}`, 'hex')}`],
      ],
      body: Buffer.from(captured),
    });
    const { top } = first(req, secretsOf({ slack: ['slack-secret'] }));
    expect(top).toMatchObject({ code: 'form-reencoded', exact: true });
  });

  it('sender signed the uncompressed body of a gzip delivery', () => {
    const compressed = gzipSync(whatsappBody);
    const { top } = first(metaReq(whatsappBody, compressed, [['Content-Encoding', 'gzip']]));
    expect(top).toMatchObject({ code: 'signed-decompressed-body', exact: true });
  });

  it('body decompressed by a proxy (Content-Encoding gzip, plain bytes)', () => {
    const { report } = first(metaReq(gzipSync(whatsappBody), whatsappBody, [['Content-Encoding', 'gzip']]));
    expect(codes(report)).toContain('body-decompressed');
    expect(codes(report)).not.toContain('secret-likely');
  });

  it('body shorter than Content-Length: named truncated, not blamed on the secret', () => {
    const { report, top } = first(
      metaReq(whatsappBody, whatsappBody.subarray(0, 100), [['Content-Length', String(whatsappBody.length)]]),
    );
    expect(top?.code).toBe('body-truncated');
    expect(top?.message).toContain(`${whatsappBody.length - 100} missing`);
    expect(codes(report)).not.toContain('secret-likely');
  });

  it('body longer than Content-Length', () => {
    const longer = Buffer.concat([whatsappBody, Buffer.from('garbage')]);
    const { report } = first(
      metaReq(whatsappBody, longer, [['Content-Length', String(whatsappBody.length)]]),
    );
    expect(codes(report)).toContain('content-length-mismatch');
    expect(codes(report)).not.toContain('secret-likely');
  });

  it('body looks re-serialised (raw UTF-8 where Meta escapes) without an exact match', () => {
    const { report } = first(metaReq('something else entirely', Buffer.from('{"text":"café"}')));
    expect(codes(report)).toContain('body-looks-reserialized');
  });

  it('on a capture (wire bytes) that remark never hides "the secret is the likely cause"; on a pasted body it does', () => {
    const captured = first(metaReq('something else entirely', Buffer.from('{"text":"Olá"}'))).report;
    expect(codes(captured)).toEqual(expect.arrayContaining(['body-looks-reserialized', 'secret-likely']));
    const pasted = first({
      ...metaReq('something else entirely', Buffer.from('{"text":"Olá"}')),
      pasted: true,
    }).report;
    expect(codes(pasted)).toContain('body-looks-reserialized');
    expect(codes(pasted)).not.toContain('secret-likely');
  });
});

describe('header-side heuristics', () => {
  const digest = () => hmac('sha256', SECRET, whatsappBody, 'hex');

  it('hex vs base64', () => {
    const b64 = Buffer.from(digest(), 'hex').toString('base64');
    const { top } = first(
      request({ headers: [['X-Hub-Signature-256', `sha256=${b64}`]], body: whatsappBody }),
    );
    expect(top).toMatchObject({ code: 'encoding-mismatch', exact: true });
    expect(top?.message).toMatch(/as base64/);
  });

  it('uppercase hex', () => {
    const { top } = first(
      request({ headers: [['X-Hub-Signature-256', `sha256=${digest().toUpperCase()}`]], body: whatsappBody }),
    );
    expect(top).toMatchObject({ code: 'uppercase-hex', exact: true });
  });

  it('base64 header mangled (+ turned into spaces)', () => {
    // Find a body whose base64 digest contains "+", deterministically.
    let body = Buffer.alloc(0);
    let sig = '';
    for (let i = 0; !sig.includes('+'); i++) {
      body = Buffer.from(`{"n":${i}}`);
      sig = hmac('sha256', 'shopify-secret', body, 'base64');
    }
    const { top } = first(
      request({ headers: [['X-Shopify-Hmac-Sha256', sig.replace(/\+/g, ' ')]], body }),
      secretsOf({ shopify: ['shopify-secret'] }),
    );
    expect(top).toMatchObject({ code: 'header-mangled', exact: true });
  });

  it('algorithm confusion: the label says sha256 but the digest is SHA-1', () => {
    const sha1 = hmac('sha1', SECRET, whatsappBody, 'hex');
    const { top } = first(
      request({ headers: [['X-Hub-Signature-256', `sha256=${sha1}`]], body: whatsappBody }),
    );
    expect(top).toMatchObject({ code: 'algorithm-mismatch', exact: true });
  });

  it('legacy header: X-Hub-Signature matches while X-Hub-Signature-256 does not', () => {
    const { top } = first(
      request({
        headers: [
          ['X-Hub-Signature-256', `sha256=${'0'.repeat(64)}`],
          ['X-Hub-Signature', metaSig(whatsappBody, 'sha1')],
        ],
        body: whatsappBody,
      }),
    );
    expect(top).toMatchObject({ code: 'legacy-header', exact: true });
  });

  it('compound label: "v1,sha256=" where "sha256=" is expected', () => {
    const body = Buffer.from('{"event":"message.created"}');
    const { report, top } = first(
      request({
        headers: [['X-Webhook-Signature', `v1,sha256=${hmac('sha256', 'whsec_sendsar', body, 'hex')}`]],
        body,
      }),
      secretsOf({ sendsar: ['whsec_sendsar'] }),
    );
    expect(report.reason).toBe('malformed-header');
    expect(top).toMatchObject({ code: 'compound-prefix', exact: true });
    expect(top?.fix).toMatch(/v1,sha256=/);
  });
});

describe('signed-content construction', () => {
  it('another template identifies the real scheme (WaSphere v1 content under a seed-style label)', () => {
    const body = Buffer.from('{"event":"message.status"}');
    const ts = String(NOW);
    const { top } = first(
      request({
        headers: [
          ['X-WaSphere-Signature', `sha256=${hmac('sha256', 'wsecret', `${ts}.${body.toString()}`, 'hex')}`],
          ['X-WaSphere-Timestamp', ts],
        ],
        body,
      }),
      secretsOf({ wasphere: ['wsecret'] }),
    );
    expect(top).toMatchObject({ code: 'other-template', exact: true });
    expect(top?.message).toMatch(/<timestamp>\.<body>/);
  });

  it('Twilio URL candidates: the tunnel URL from X-Forwarded-Host, https', () => {
    const body = Buffer.from('Body=hi&From=%2B15551234567');
    const signedUrl = 'https://abc123.ngrok.app/sms';
    const content = `${signedUrl}Bodyhi From+15551234567`.replace(' ', '');
    const { top } = first(
      request({
        headers: [
          ['Content-Type', 'application/x-www-form-urlencoded'],
          ['X-Forwarded-Host', 'abc123.ngrok.app'],
          ['X-Forwarded-Proto', 'https'],
          ['X-Twilio-Signature', hmac('sha1', 'twilio-token', content, 'base64')],
        ],
        body,
        url: 'http://127.0.0.1:3000/sms',
        path: '/sms',
        publicUrl: null,
      }),
      secretsOf({ twilio: ['twilio-token'] }),
    );
    expect(top).toMatchObject({ code: 'url-mismatch', exact: true });
    expect(top?.message).toContain('https://abc123.ngrok.app/sms');
    expect(top?.fix).toContain('https://abc123.ngrok.app');
  });

  it('Twilio URL candidates: http vs https and trailing slash on the configured public URL', () => {
    const body = Buffer.from('Body=hi');
    for (const signedUrl of ['http://abc123.ngrok.app/sms', 'https://abc123.ngrok.app/sms/']) {
      const { top } = first(
        request({
          headers: [
            ['Content-Type', 'application/x-www-form-urlencoded'],
            ['X-Twilio-Signature', hmac('sha1', 'tok', `${signedUrl}Bodyhi`, 'base64')],
          ],
          body,
          path: '/sms',
          publicUrl: 'https://abc123.ngrok.app',
        }),
        secretsOf({ twilio: ['tok'] }),
      );
      expect(top).toMatchObject({ code: 'url-mismatch', exact: true });
      expect(top?.message).toContain(signedUrl);
    }
  });
});

describe('time heuristics', () => {
  const stripeBody = Buffer.from('{\n  "id": "evt_1"\n}');
  const stripe = (t: string, at = NOW, extra: [string, string][] = []) =>
    request({
      headers: [
        [
          'Stripe-Signature',
          `t=${t},v1=${hmac('sha256', 'whsec_s', `${t}.${stripeBody.toString()}`, 'hex')}`,
        ],
        ...extra,
      ],
      body: stripeBody,
      receivedAtUnix: at,
    });

  it('stale timestamp: valid signature, outside the window at capture time', () => {
    const { report, top } = first(stripe(String(NOW - 400)), secretsOf({ stripe: ['whsec_s'] }), 'stale');
    expect(report.reason).toBe('timestamp-outside-window');
    expect(report.matchedSecret).toBe('stripe #1');
    expect(top?.code).toBe('stale-timestamp');
    expect(top?.message).toMatch(/400 s old/);
  });

  it('milliseconds where seconds belong', () => {
    const ts = String(NOW * 1000);
    const req = request({
      headers: [
        ['webhook-id', 'msg_1'],
        ['webhook-timestamp', ts],
        [
          'webhook-signature',
          `v1,${hmac('sha256', Buffer.from('c2VjcmV0LWtleS1ieXRlcw==', 'base64'), `msg_1.${ts}.{}`, 'base64')}`,
        ],
      ],
      body: Buffer.from('{}'),
    });
    const { top } = first(
      req,
      secretsOf({ 'standard-webhooks': ['whsec_c2VjcmV0LWtleS1ieXRlcw=='] }),
      'stale',
    );
    expect(top?.code).toBe('timestamp-unit');
    expect(top?.exact).toBe(true);
  });

  it('Stripe accepts future timestamps, so milliseconds there still pass (as stripe-node does)', () => {
    expect(analyseSignature(stripe(String(NOW * 1000)), secretsOf({ stripe: ['whsec_s'] })).verdict).toBe(
      'pass',
    );
  });

  it('clock skew: the Date header agrees with a future timestamp', () => {
    const ts = NOW + 400;
    const req = request({
      headers: [
        ['X-Slack-Request-Timestamp', String(ts)],
        ['X-Slack-Signature', `v0=${hmac('sha256', 'ss', `v0:${ts}:{}`, 'hex')}`],
        ['Date', new Date(ts * 1000).toUTCString()],
      ],
      body: Buffer.from('{}'),
    });
    const { report } = first(req, secretsOf({ slack: ['ss'] }), 'stale');
    expect(codes(report)).toEqual(['future-timestamp', 'clock-skew']);
    expect(report.diagnosis[1]?.message).toMatch(/400 s ahead/);
  });
});

describe('secret-side heuristics', () => {
  it('secret stored with a trailing newline', () => {
    const { top } = first(metaReq(whatsappBody, whatsappBody), secretsOf({ meta: [`${SECRET}\n`] }));
    expect(top).toMatchObject({ code: 'secret-whitespace', exact: true });
  });

  it('whsec_ secret used as text where Standard Webhooks base64-decodes it', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const body = '{"type":"user.created"}';
    const sig = hmac('sha256', secret, `msg_1.${NOW}.${body}`, 'base64');
    const { top } = first(
      request({
        headers: [
          ['webhook-id', 'msg_1'],
          ['webhook-timestamp', String(NOW)],
          ['webhook-signature', `v1,${sig}`],
        ],
        body: Buffer.from(body),
      }),
      secretsOf({ 'standard-webhooks': [secret] }),
    );
    expect(top).toMatchObject({ code: 'secret-derivation', exact: true });
    expect(top?.message).toMatch(/raw text/);
  });

  it('Sendsar delivery signed with the base64-decoded key (Standard Webhooks style)', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const body = Buffer.from('{"event":"x"}');
    const key = Buffer.from(secret.slice(6), 'base64');
    const { top } = first(
      request({ headers: [['X-Webhook-Signature', `sha256=${hmac('sha256', key, body, 'hex')}`]], body }),
      secretsOf({ sendsar: [secret] }),
    );
    expect(top).toMatchObject({ code: 'secret-derivation', exact: true });
    expect(top?.message).toMatch(/base64-decoded/);
  });

  it('signed with a secret stored for another provider', () => {
    const { top } = first(
      metaReq(whatsappBody, whatsappBody),
      secretsOf({
        meta: ['some-other-app-secret-000'],
        wasphere: [{ label: 'WaSphere prod', value: SECRET }],
      }),
    );
    expect(top).toMatchObject({ code: 'other-stored-secret', exact: true });
    expect(top?.message).toMatch(/"WaSphere prod" stored for WaSphere/);
  });

  it('an access token stored instead of the App Secret is flagged before hashing', () => {
    const token = `EAAG${'x7Kq2'.repeat(30)}`;
    const r = analyseSignature(
      metaReq(whatsappBody, whatsappBody),
      secretsOf({ meta: [{ label: 'token?', value: token }] }),
    );
    expect(r.verdict).toBe('fail');
    expect(r.warnings.join(' ')).toMatch(/Meta Graph API access token/);
    const d = r.diagnosis.find((x) => x.code === 'secret-looks-like-token');
    expect(d?.fix).toMatch(/App Secret/);
  });

  it('nothing explains it: body, headers and template look intact, the secret is the likely cause', () => {
    const r = analyseSignature(
      metaReq(whatsappBody, whatsappBody),
      secretsOf({ meta: ['plainly-wrong-secret-value'] }),
    );
    expect(codes(r)).toEqual(['secret-likely']);
    expect(r.diagnosis[0]?.message).toMatch(/look intact/);
  });
});
