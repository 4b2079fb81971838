// The diagnosis corpus: one failed request per heuristic, each broken in exactly one known way. For
// every case the diagnosis leads with that cause and names no other exact cause; cases where
// nothing reproduces the signature lead with what accounts for the failure (or with the secret).
// Signatures are made with node:crypto, never with the module under test.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyseSignature, type AnalysisRequest, type SecretLookup } from '../../../src-main/core/signatures';
import type { SignatureReport } from '@shared/signature-types';
import { NOW, hmac, request, secretsOf, whatsappBody } from './helpers';

const SECRET = 'app-secret-for-the-corpus-0123456789';
const meta = secretsOf({ meta: [{ label: 'app', value: SECRET }] });
const hub = (signed: Buffer | string, alg: 'sha1' | 'sha256' = 'sha256') =>
  `${alg}=${hmac(alg, SECRET, signed, 'hex')}`;
const metaReq = (signed: Buffer | string, received: Buffer, extra: [string, string][] = []) =>
  request({ headers: [['X-Hub-Signature-256', hub(signed)], ...extra], body: received });

interface Case {
  name: string;
  req: AnalysisRequest;
  secrets: SecretLookup;
  /** The finding the diagnosis must lead with. */
  lead: string;
  /** Whether that finding reproduced the signature. */
  exact: boolean;
  /** 'stale' when the digest matched and only the timestamp is wrong. */
  verdict?: 'stale';
  also?: (r: SignatureReport) => void;
}

const compact = Buffer.from(JSON.stringify({ a: 1, b: [1, 2], c: { d: 'x' } }));
const pretty = Buffer.from(JSON.stringify(JSON.parse(compact.toString()), null, 2));
const base64WithPlus = (() => {
  for (let i = 0; ; i++) {
    const body = Buffer.from(`{"n":${i}}`);
    const sig = hmac('sha256', 'shopify-secret', body, 'base64');
    if (sig.includes('+')) return { body, sig };
  }
})();
const whsec = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const swHeaders = (sig: string): [string, string][] => [
  ['webhook-id', 'msg_1'],
  ['webhook-timestamp', String(NOW)],
  ['webhook-signature', `v1,${sig}`],
];
const swBody = '{"type":"user.created"}';
const twilioBody = Buffer.from('Body=hi');

const cases: Case[] = [
  {
    name: 'trailing newline added',
    req: metaReq(whatsappBody, Buffer.concat([whatsappBody, Buffer.from('\n')])),
    secrets: meta,
    lead: 'trailing-newline',
    exact: true,
    // Compacting the JSON also drops the newline: folded into the smaller change.
    also: (r) => expect(r.diagnosis[0]?.alsoReproducedBy?.map((x) => x.code)).toEqual(['json-reserialized']),
  },
  {
    name: 'CRLF line endings',
    req: metaReq(pretty, Buffer.from(pretty.toString().replace(/\n/g, '\r\n'))),
    secrets: meta,
    lead: 'line-endings',
    exact: true,
    also: (r) => expect(r.diagnosis[0]?.alsoReproducedBy?.map((x) => x.code)).toEqual(['json-reserialized']),
  },
  {
    name: 'UTF-8 BOM added',
    req: metaReq(whatsappBody, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), whatsappBody])),
    secrets: meta,
    lead: 'utf8-bom',
    exact: true,
  },
  {
    name: 'mojibake (UTF-8 read as Latin-1)',
    req: metaReq('{"text":"Café"}', Buffer.from(Buffer.from('{"text":"Café"}').toString('latin1'), 'utf8')),
    secrets: meta,
    lead: 'charset-mangled',
    exact: true,
  },
  {
    name: 'Latin-1 body, the sender signed UTF-8',
    req: metaReq('{"text":"Café"}', Buffer.from('{"text":"Café"}', 'latin1')),
    secrets: meta,
    lead: 'charset-mangled',
    exact: true,
    also: (r) => expect(r.diagnosis[0]?.message).toMatch(/Latin-1 \(not UTF-8\)/),
  },
  {
    name: 'JSON re-serialised',
    req: metaReq(compact, pretty),
    secrets: meta,
    lead: 'json-reserialized',
    exact: true,
  },
  {
    name: 'form body re-encoded',
    req: request({
      headers: [
        ['Content-Type', 'application/x-www-form-urlencoded'],
        ['X-Slack-Request-Timestamp', String(NOW)],
        ['X-Slack-Signature', `v0=${hmac('sha256', 'ss', `v0:${NOW}:text=hello%20world`, 'hex')}`],
      ],
      body: Buffer.from('text=hello+world'),
    }),
    secrets: secretsOf({ slack: ['ss'] }),
    lead: 'form-reencoded',
    exact: true,
  },
  {
    name: 'sender signed the uncompressed body',
    req: metaReq(whatsappBody, gzipSync(whatsappBody), [['Content-Encoding', 'gzip']]),
    secrets: meta,
    lead: 'signed-decompressed-body',
    exact: true,
  },
  {
    name: 'uppercase hex',
    req: request({
      headers: [
        ['X-Hub-Signature-256', `sha256=${hmac('sha256', SECRET, whatsappBody, 'hex').toUpperCase()}`],
      ],
      body: whatsappBody,
    }),
    secrets: meta,
    lead: 'uppercase-hex',
    exact: true,
  },
  {
    name: 'base64 where hex belongs',
    req: request({
      headers: [['X-Hub-Signature-256', `sha256=${hmac('sha256', SECRET, whatsappBody, 'base64')}`]],
      body: whatsappBody,
    }),
    secrets: meta,
    lead: 'encoding-mismatch',
    exact: true,
  },
  {
    name: 'header mangled (+ as space)',
    req: request({
      headers: [['X-Shopify-Hmac-Sha256', base64WithPlus.sig.replace(/\+/g, ' ')]],
      body: base64WithPlus.body,
    }),
    secrets: secretsOf({ shopify: ['shopify-secret'] }),
    lead: 'header-mangled',
    exact: true,
  },
  {
    name: 'compound prefix v1,sha256=',
    req: request({
      headers: [['X-Webhook-Signature', `v1,sha256=${hmac('sha256', 'whsec_sendsar', compact, 'hex')}`]],
      body: compact,
    }),
    secrets: secretsOf({ sendsar: ['whsec_sendsar'] }),
    lead: 'compound-prefix',
    exact: true,
  },
  {
    name: 'SHA-1 digest labelled sha256=',
    req: request({
      headers: [['X-Hub-Signature-256', `sha256=${hmac('sha1', SECRET, whatsappBody, 'hex')}`]],
      body: whatsappBody,
    }),
    secrets: meta,
    lead: 'algorithm-mismatch',
    exact: true,
  },
  {
    name: 'only the legacy header matches',
    req: request({
      headers: [
        ['X-Hub-Signature-256', `sha256=${'0'.repeat(64)}`],
        ['X-Hub-Signature', hub(whatsappBody, 'sha1')],
      ],
      body: whatsappBody,
    }),
    secrets: meta,
    lead: 'legacy-header',
    exact: true,
  },
  {
    name: 'Twilio signed another URL',
    req: request({
      headers: [
        ['Content-Type', 'application/x-www-form-urlencoded'],
        ['X-Twilio-Signature', hmac('sha1', 'tok', 'http://abc123.ngrok.app/smsBodyhi', 'base64')],
      ],
      body: twilioBody,
      path: '/sms',
      publicUrl: 'https://abc123.ngrok.app',
    }),
    secrets: secretsOf({ twilio: ['tok'] }),
    lead: 'url-mismatch',
    exact: true,
  },
  {
    name: 'another template signed it',
    req: request({
      headers: [
        [
          'X-WaSphere-Signature',
          `sha256=${hmac('sha256', 'wsecret', `${NOW}.${compact.toString()}`, 'hex')}`,
        ],
        ['X-WaSphere-Timestamp', String(NOW)],
      ],
      body: compact,
    }),
    secrets: secretsOf({ wasphere: ['wsecret'] }),
    lead: 'other-template',
    exact: true,
  },
  {
    name: 'secret stored with a newline',
    req: metaReq(whatsappBody, whatsappBody),
    secrets: secretsOf({ meta: [`${SECRET}\n`] }),
    lead: 'secret-whitespace',
    exact: true,
  },
  {
    name: 'whsec_ used as text where Standard Webhooks base64-decodes it',
    req: request({
      headers: swHeaders(hmac('sha256', whsec, `msg_1.${NOW}.${swBody}`, 'base64')),
      body: Buffer.from(swBody),
    }),
    secrets: secretsOf({ 'standard-webhooks': [whsec] }),
    lead: 'secret-derivation',
    exact: true,
    also: (r) => expect(r.diagnosis[0]?.fix).toMatch(/whole secret as text/),
  },
  {
    name: 'whsec_ prefix stripped and used as text (not base64-decoded)',
    req: request({
      headers: swHeaders(hmac('sha256', whsec.slice(6), `msg_1.${NOW}.${swBody}`, 'base64')),
      body: Buffer.from(swBody),
    }),
    secrets: secretsOf({ 'standard-webhooks': [whsec] }),
    lead: 'secret-derivation',
    exact: true,
    also: (r) => {
      expect(r.diagnosis[0]?.message).toContain('"whsec_ prefix stripped, used as text"');
      expect(r.diagnosis[0]?.fix).toMatch(/strips the whsec_ prefix and uses the rest as text/);
    },
  },
  {
    name: 'Sendsar: whsec_ prefix stripped and used as text is not called Standard Webhooks decoding',
    req: request({
      headers: [['X-Webhook-Signature', `sha256=${hmac('sha256', whsec.slice(6), compact, 'hex')}`]],
      body: compact,
    }),
    secrets: secretsOf({ sendsar: [whsec] }),
    lead: 'secret-derivation',
    exact: true,
    also: (r) => expect(r.diagnosis[0]?.fix).not.toMatch(/Standard Webhooks|Svix/),
  },
  {
    name: 'signed with a secret stored for another provider',
    req: metaReq(whatsappBody, whatsappBody),
    secrets: secretsOf({ meta: ['not-this-one-000000'], stripe: [{ label: 'Stripe live', value: SECRET }] }),
    lead: 'other-stored-secret',
    exact: true,
    also: (r) => expect(r.diagnosis[0]?.message).toMatch(/"Stripe live" stored for Stripe/),
  },
  {
    name: 'signed with the Meta verify token',
    req: { ...metaReq(whatsappBody, whatsappBody), verifyToken: SECRET },
    secrets: secretsOf({ meta: ['not-this-one-000000'] }),
    lead: 'verify-token-as-secret',
    exact: true,
    also: (r) => expect(r.diagnosis[0]?.message).toMatch(/verify token/),
  },
  {
    name: 'milliseconds where seconds belong (the digest matches)',
    req: (() => {
      const ts = String(NOW * 1000);
      const key = Buffer.from('c2VjcmV0LWtleS1ieXRlcw==', 'base64');
      return request({
        headers: [
          ['webhook-id', 'msg_1'],
          ['webhook-timestamp', ts],
          ['webhook-signature', `v1,${hmac('sha256', key, `msg_1.${ts}.{}`, 'base64')}`],
        ],
        body: Buffer.from('{}'),
      });
    })(),
    secrets: secretsOf({ 'standard-webhooks': ['whsec_c2VjcmV0LWtleS1ieXRlcw=='] }),
    lead: 'timestamp-unit',
    exact: true,
    verdict: 'stale',
  },
  {
    name: 'body shorter than Content-Length',
    req: metaReq(whatsappBody, whatsappBody.subarray(0, 120), [
      ['Content-Length', String(whatsappBody.length)],
    ]),
    secrets: meta,
    lead: 'body-truncated',
    exact: false,
    also: (r) => expect(r.diagnosis.map((d) => d.code)).not.toContain('secret-likely'),
  },
  {
    name: 'JSON cut off (no Content-Length)',
    req: metaReq(whatsappBody, whatsappBody.subarray(0, 200)),
    secrets: meta,
    lead: 'body-truncated',
    exact: false,
    also: (r) => expect(r.diagnosis.map((d) => d.code)).not.toContain('secret-likely'),
  },
  {
    name: 'wrong secret on a body with raw UTF-8 leads with the secret',
    req: metaReq('{"text":"something else"}', Buffer.from('{"text":"Olá, café"}')),
    secrets: meta,
    lead: 'secret-likely',
    exact: false,
    also: (r) => expect(r.diagnosis.map((d) => d.code)).toContain('body-looks-reserialized'),
  },
  {
    name: 'wrong secret on a Latin-1 body: nothing calls it UTF-8',
    req: metaReq('{"text":"other"}', Buffer.from('{"text":"Café"}', 'latin1')),
    secrets: meta,
    lead: 'secret-likely',
    exact: false,
    also: (r) => {
      const remark = r.diagnosis.find((d) => d.code === 'body-looks-reserialized');
      expect(remark?.message).toMatch(/not UTF-8/);
      expect(remark?.message).not.toMatch(/raw UTF-8/);
    },
  },
];

const stripeBody = '{\n  "id": "evt_1"\n}';
const stripeHeader = (t: number, secret = 'whsec_s') =>
  `t=${t},v1=${hmac('sha256', secret, `${t}.${stripeBody}`, 'hex')}`;
const discordKey = () => {
  const { publicKey } = generateKeyPairSync('ed25519');
  return Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
};
const discordReq = request({
  headers: [
    ['X-Signature-Ed25519', '00'.repeat(64)],
    ['X-Signature-Timestamp', String(NOW)],
  ],
  body: Buffer.from('{"type":2}'),
});
const twilioUrl = (hash: string) => `/hook?bodySHA256=${hash}`;
const twilioJson = Buffer.from('{"event":"sent"}');
const twilioSignedPath = twilioUrl(createHash('sha256').update(twilioJson).digest('hex'));

// Findings that account for a failure without reproducing it, and time findings.
cases.push(
  {
    name: 'body decompressed by a proxy',
    req: metaReq(gzipSync(whatsappBody), whatsappBody, [['Content-Encoding', 'gzip']]),
    secrets: meta,
    lead: 'body-decompressed',
    exact: false,
  },
  {
    name: 'body longer than Content-Length',
    req: metaReq(whatsappBody, Buffer.concat([whatsappBody, Buffer.from('xx')]), [
      ['Content-Length', String(whatsappBody.length)],
    ]),
    secrets: meta,
    lead: 'content-length-mismatch',
    exact: false,
  },
  {
    name: 'a pasted body that looks re-serialised',
    req: { ...metaReq('{"text":"other"}', Buffer.from('{"text":"Olá"}')), pasted: true },
    secrets: meta,
    lead: 'body-looks-reserialized',
    exact: false,
  },
  {
    name: 'an access token stored as the secret: the secret leads, the token remark follows',
    req: metaReq(whatsappBody, whatsappBody),
    secrets: secretsOf({ meta: [`EAAG${'x7Kq2'.repeat(30)}`] }),
    lead: 'secret-likely',
    exact: false,
    also: (r) => expect(r.diagnosis.map((d) => d.code)).toContain('secret-looks-like-token'),
  },
  {
    name: 'a public key that is not one',
    req: discordReq,
    secrets: secretsOf({ discord: ['not-a-key'] }),
    lead: 'public-key-invalid',
    exact: false,
  },
  {
    name: "another application's public key",
    req: discordReq,
    secrets: secretsOf({ discord: [discordKey()] }),
    lead: 'public-key-mismatch',
    exact: false,
  },
  {
    name: 'only unsupported signature versions',
    req: request({
      headers: [['Stripe-Signature', `t=${NOW},v0=${'a'.repeat(64)}`]],
      body: Buffer.from(stripeBody),
    }),
    secrets: secretsOf({ stripe: ['whsec_s'] }),
    lead: 'no-matching-version',
    exact: false,
  },
  {
    name: 'the signed timestamp is missing',
    req: request({
      headers: [['X-Slack-Signature', `v0=${hmac('sha256', 'ss', `v0:${NOW}:{}`, 'hex')}`]],
      body: Buffer.from('{}'),
    }),
    secrets: secretsOf({ slack: ['ss'] }),
    lead: 'missing-timestamp',
    exact: false,
    also: (r) => expect(r.diagnosis.map((d) => d.code)).not.toContain('secret-likely'),
  },
  {
    name: 'a valid signature on an old timestamp',
    req: request({ headers: [['Stripe-Signature', stripeHeader(NOW - 400)]], body: Buffer.from(stripeBody) }),
    secrets: secretsOf({ stripe: ['whsec_s'] }),
    lead: 'stale-timestamp',
    exact: false,
    verdict: 'stale',
  },
  {
    name: "a timestamp in the future, and the sender's clock ahead",
    req: (() => {
      const ts = NOW + 400;
      return request({
        headers: [
          ['X-Slack-Request-Timestamp', String(ts)],
          ['X-Slack-Signature', `v0=${hmac('sha256', 'ss', `v0:${ts}:{}`, 'hex')}`],
          ['Date', new Date(ts * 1000).toUTCString()],
        ],
        body: Buffer.from('{}'),
      });
    })(),
    secrets: secretsOf({ slack: ['ss'] }),
    lead: 'future-timestamp',
    exact: false,
    verdict: 'stale',
    also: (r) => expect(r.diagnosis.map((d) => d.code)).toEqual(['future-timestamp', 'clock-skew']),
  },
  {
    name: "Twilio: the signed URL's bodySHA256 is not the body's",
    req: request({
      headers: [
        ['Content-Type', 'application/json'],
        ['X-Twilio-Signature', hmac('sha1', 'tok', `https://abc123.ngrok.app${twilioSignedPath}`, 'base64')],
      ],
      body: Buffer.from('{"event":"changed"}'),
      path: twilioSignedPath,
      publicUrl: 'https://abc123.ngrok.app',
    }),
    secrets: secretsOf({ twilio: ['tok'] }),
    lead: 'body-hash-mismatch',
    exact: true,
  },
);

describe('diagnosis corpus: one true cause per breakage', () => {
  for (const c of cases) {
    it(c.name, () => {
      const r = analyseSignature(c.req, c.secrets);
      expect(r.verdict).toBe(c.verdict ?? 'fail');
      expect(r.diagnosis[0]?.code, r.diagnosis.map((d) => d.code).join(', ')).toBe(c.lead);
      expect(r.diagnosis[0]?.exact).toBe(c.exact);
      expect(r.diagnosis.filter((d) => d.exact).length).toBe(c.exact ? 1 : 0);
      c.also?.(r);
    });
  }
});

describe('signed handshakes are verified', () => {
  const slackBody = Buffer.from('{"token":"Jhj5","challenge":"3eZbrw1aBm2rZgRN","type":"url_verification"}');
  const slack = (secret: string) =>
    request({
      headers: [
        ['X-Slack-Request-Timestamp', String(NOW)],
        ['X-Slack-Signature', `v0=${hmac('sha256', secret, `v0:${NOW}:${slackBody.toString()}`, 'hex')}`],
      ],
      body: slackBody,
    });
  const zoomBody = Buffer.from(
    '{"payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"},"event":"endpoint.url_validation"}',
  );
  const zoom = (secret: string) =>
    request({
      headers: [
        ['x-zm-request-timestamp', String(NOW)],
        ['x-zm-signature', `v0=${hmac('sha256', secret, `v0:${NOW}:${zoomBody.toString()}`, 'hex')}`],
      ],
      body: zoomBody,
    });

  it('Slack url_verification shows the handshake and a valid signature', () => {
    const r = analyseSignature(slack('slack-signing'), secretsOf({ slack: ['slack-signing'] }));
    expect(r.verdict).toBe('handshake');
    expect(r.handshake).toMatchObject({ kind: 'slack-url-verification', signatureVerdict: 'pass' });
    expect(r.summary).toMatch(/Signature valid/);
  });

  it('Slack url_verification with a bad signature fails and still shows the handshake', () => {
    const r = analyseSignature(slack('forged'), secretsOf({ slack: ['slack-signing'] }));
    expect(r.verdict).toBe('fail');
    expect(r.handshake).toMatchObject({ kind: 'slack-url-verification', signatureVerdict: 'fail' });
    expect(r.diagnosis[0]?.code).toBe('secret-likely');
  });

  it('Zoom endpoint.url_validation shows the handshake and the signature verdict', () => {
    const ok = analyseSignature(zoom('zoom-token'), secretsOf({ zoom: ['zoom-token'] }));
    expect(ok.verdict).toBe('handshake');
    expect(ok.handshake).toMatchObject({ kind: 'zoom-url-validation', signatureVerdict: 'pass' });
    const bad = analyseSignature(zoom('forged'), secretsOf({ zoom: ['zoom-token'] }));
    expect(bad.verdict).toBe('fail');
    expect(bad.handshake).toMatchObject({ kind: 'zoom-url-validation', signatureVerdict: 'fail' });
  });

  it('Discord PING with an invalid signature fails and says the endpoint must answer 401', () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const publicHex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
    const r = analyseSignature(
      request({
        headers: [
          ['X-Signature-Ed25519', '00'.repeat(64)],
          ['X-Signature-Timestamp', String(NOW)],
        ],
        body: Buffer.from('{"type":1}'),
      }),
      secretsOf({ discord: [publicHex] }),
    );
    expect(r.verdict).toBe('fail');
    expect(r.summary).toMatch(/must answer 401/);
    expect(r.handshake).toMatchObject({
      kind: 'discord-probe',
      signatureVerdict: 'fail',
      expectedResponse: { status: 401 },
    });
  });

  it('Meta GET handshake with another verify token: refused with 403, and why', () => {
    const path = '/webhook?hub.mode=subscribe&hub.verify_token=typo-token&hub.challenge=1158201444';
    const r = analyseSignature(
      request({ method: 'GET', path, headers: [], verifyToken: 'configured' }),
      meta,
    );
    expect(r.verdict).toBe('fail');
    expect(r.reason).toBe('handshake-refused');
    expect(r.summary).toMatch(/refused with 403/);
    expect(r.summary).toMatch(/hub\.verify_token differs/);
    expect(JSON.stringify(r)).not.toContain('the-real-token');
    expect(r.handshake).toMatchObject({ verifyTokenMatches: false, expectedResponse: { status: 403 } });
    expect(r.diagnosis[0]?.code).toBe('verify-token-mismatch');
  });
});
