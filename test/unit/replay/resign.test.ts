// Re-signing, proved by the verifier: for every supported scheme, a request whose body was edited
// fails verification with its old signature, and passes once re-signed with the stored secret
// (fresh timestamp where the scheme has one).
import { describe, expect, it } from 'vitest';
import { resignRequest, prepareReplay } from '../../../src-main/core/replay';
import { analyseSignature } from '../../../src-main/core/signatures';
import type { GenericHmacConfig } from '@shared/signature-types';

const NOW = 1_750_000_000;
const URL_ = 'http://127.0.0.1:3000/webhooks/hook?src=test';

interface Case {
  provider: string;
  secret: string;
  headers: [string, string][];
  body: string;
  edited: string;
  contentType?: string;
  url?: string;
  generic?: GenericHmacConfig;
  format?: string;
  expectHeaders: string[];
  timestamped: boolean;
}

const json = '{"event":"message.received","data":{"text":"hello"}}';
const jsonEdited = '{"event":"message.received","data":{"text":"hello, edited"}}';
const whsec = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

const cases: Case[] = [
  {
    provider: 'meta',
    secret: 'meta-app-secret',
    headers: [
      ['Content-Type', 'application/json'],
      ['X-Hub-Signature', 'sha1=00'],
      ['X-Hub-Signature-256', 'sha256=00'],
    ],
    body: '{"object":"whatsapp_business_account","entry":[]}',
    edited: '{"object":"whatsapp_business_account","entry":[{}]}',
    expectHeaders: ['X-Hub-Signature-256', 'X-Hub-Signature'],
    timestamped: false,
  },
  {
    provider: 'github',
    secret: 'gh-secret',
    headers: [
      ['X-GitHub-Event', 'push'],
      ['Content-Type', 'application/json'],
    ],
    body: '{"ref":"a"}',
    edited: '{"ref":"b"}',
    expectHeaders: ['X-Hub-Signature-256'],
    timestamped: false,
  },
  {
    provider: 'wasphere',
    secret: 'wasphere-secret',
    headers: [
      ['Content-Type', 'application/json'],
      ['X-WaSphere-Event', 'message.received'],
    ],
    body: json,
    edited: jsonEdited,
    expectHeaders: ['X-WaSphere-Timestamp', 'X-WaSphere-Signature'],
    timestamped: true,
  },
  {
    provider: 'wasphere',
    secret: 'wasphere-secret',
    format: 'seed',
    headers: [
      ['Content-Type', 'application/json'],
      ['X-WaSphere-Event', 'message.received'],
    ],
    body: json,
    edited: jsonEdited,
    expectHeaders: ['X-WaSphere-Timestamp', 'X-WaSphere-Signature'],
    timestamped: true,
  },
  {
    provider: 'sendsar',
    secret: 'whsec_sendsar_text_key',
    headers: [['Content-Type', 'application/json']],
    body: json,
    edited: jsonEdited,
    expectHeaders: ['X-Webhook-Signature'],
    timestamped: false,
  },
  {
    provider: 'stripe',
    secret: 'whsec_stripe_test',
    headers: [
      ['Content-Type', 'application/json; charset=utf-8'],
      ['Stripe-Signature', 't=1,v1=aa,v1=bb,v0=cc'],
    ],
    body: '{"id":"evt_1","type":"invoice.paid"}',
    edited: '{"id":"evt_1","type":"invoice.payment_failed"}',
    expectHeaders: ['Stripe-Signature'],
    timestamped: true,
  },
  {
    provider: 'shopify',
    secret: 'shpss_secret',
    headers: [
      ['X-Shopify-Topic', 'orders/create'],
      ['Content-Type', 'application/json'],
    ],
    body: '{"id":1}',
    edited: '{"id":2}',
    expectHeaders: ['X-Shopify-Hmac-Sha256'],
    timestamped: false,
  },
  {
    provider: 'slack',
    secret: '8f742231b10e8888abcd99yyyzzz85a5',
    headers: [
      ['Content-Type', 'application/json'],
      ['X-Slack-Request-Timestamp', '1'],
    ],
    body: '{"type":"event_callback"}',
    edited: '{"type":"event_callback","x":1}',
    expectHeaders: ['X-Slack-Request-Timestamp', 'X-Slack-Signature'],
    timestamped: true,
  },
  {
    provider: 'standard-webhooks',
    secret: whsec,
    headers: [
      ['Content-Type', 'application/json'],
      ['webhook-id', 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W'],
      ['webhook-timestamp', '1'],
    ],
    body: '{"type":"user.created"}',
    edited: '{"type":"user.deleted"}',
    expectHeaders: ['webhook-id', 'webhook-timestamp', 'webhook-signature'],
    timestamped: true,
  },
  {
    provider: 'standard-webhooks',
    secret: whsec,
    headers: [
      ['Content-Type', 'application/json'],
      ['svix-id', 'msg_svix'],
      ['svix-timestamp', '1'],
      ['svix-signature', 'v1,AAAA'],
    ],
    body: '{"type":"email.sent"}',
    edited: '{"type":"email.bounced"}',
    expectHeaders: ['svix-id', 'svix-timestamp', 'svix-signature'],
    timestamped: true,
  },
  {
    provider: 'twilio',
    secret: 'twilio-auth-token',
    headers: [
      ['Content-Type', 'application/x-www-form-urlencoded'],
      ['X-Twilio-Signature', 'AAAA'],
    ],
    body: 'Body=Hola&From=whatsapp%3A%2B447700900456&MessageSid=SM1',
    edited: 'Body=Adios&From=whatsapp%3A%2B447700900456&MessageSid=SM1',
    expectHeaders: ['X-Twilio-Signature'],
    timestamped: false,
  },
  {
    provider: 'square',
    secret: 'square-signature-key',
    headers: [
      ['Content-Type', 'application/json'],
      ['x-square-hmacsha256-signature', 'AAAA'],
    ],
    body: '{"type":"payment.updated"}',
    edited: '{"type":"payment.created"}',
    expectHeaders: ['x-square-hmacsha256-signature'],
    timestamped: false,
  },
  {
    provider: 'paddle',
    secret: 'pdl_ntfset_secret',
    headers: [
      ['Content-Type', 'application/json'],
      ['Paddle-Signature', 'ts=1;h1=00'],
    ],
    body: '{"event_type":"transaction.completed"}',
    edited: '{"event_type":"transaction.paid"}',
    expectHeaders: ['Paddle-Signature'],
    timestamped: true,
  },
  {
    provider: 'zoom',
    secret: 'zoom-secret-token',
    headers: [
      ['Content-Type', 'application/json'],
      ['x-zm-request-timestamp', '1'],
    ],
    body: '{"event":"meeting.started"}',
    edited: '{"event":"meeting.ended"}',
    expectHeaders: ['x-zm-request-timestamp', 'x-zm-signature'],
    timestamped: true,
  },
  {
    provider: 'generic',
    secret: 'generic-secret',
    generic: {
      header: 'X-Acme-Signature',
      algorithm: 'sha512',
      encoding: 'base64',
      prefix: 'v1=',
      template: '{timestamp}.{method}.{body}',
      timestampHeader: 'X-Acme-Time',
      toleranceSeconds: 300,
    },
    headers: [
      ['Content-Type', 'application/json'],
      ['X-Acme-Signature', 'v1=AAAA'],
    ],
    body: '{"a":1}',
    edited: '{"a":2}',
    expectHeaders: ['X-Acme-Time', 'X-Acme-Signature'],
    timestamped: true,
  },
];

function verdict(c: Case, req: { headers: [string, string][]; body: Buffer; url: string }) {
  const u = new URL(req.url);
  return analyseSignature(
    {
      method: 'POST',
      url: req.url,
      path: u.pathname + u.search,
      headers: req.headers,
      body: req.body,
      receivedAtUnix: NOW,
      nowUnix: NOW,
      provider: c.provider,
      generic: c.generic,
    },
    (p) => (p === c.provider ? [{ label: 'primary', value: c.secret }] : []),
  );
}

function sign(c: Case, body: Buffer, headers: [string, string][], url = URL_) {
  const r = resignRequest(
    { method: 'POST', url, headers, body },
    {
      provider: c.provider,
      secrets: [{ label: 'primary', value: c.secret }],
      nowUnix: NOW,
      newId: () => 'msg_new',
      generic: c.generic,
      format: c.format,
    },
  );
  if (!r.ok) throw new Error(r.problem);
  return r;
}

describe.each(
  cases.map(
    (c) =>
      [
        `${c.provider}${c.format ? ` (${c.format})` : ''}${c.headers.some(([n]) => n.startsWith('svix')) ? ' (svix)' : ''}`,
        c,
      ] as const,
  ),
)('re-sign %s', (_name, c) => {
  it('an edit without re-signing fails verification; the re-signed edit passes', () => {
    const original = sign(c, Buffer.from(c.body), c.headers);
    expect(
      verdict(c, { headers: original.headers, body: Buffer.from(c.body), url: original.url }).verdict,
    ).toBe('pass');

    const unsigned = verdict(c, {
      headers: original.headers,
      body: Buffer.from(c.edited),
      url: original.url,
    });
    expect(unsigned.verdict).toBe('fail');

    const resigned = sign(c, Buffer.from(c.edited), original.headers);
    const report = verdict(c, { headers: resigned.headers, body: Buffer.from(c.edited), url: resigned.url });
    expect(report.verdict).toBe('pass');
    expect(report.matchedSecret).toBe('primary');
    expect(resigned.info.headersSet).toEqual(c.expectHeaders);
    expect(resigned.info.timestamp).toBe(c.timestamped ? NOW : null);
  });

  it('keeps the other headers in place and the signature header once', () => {
    const r = sign(c, Buffer.from(c.body), c.headers);
    const others = c.headers.filter(
      ([n]) => !c.expectHeaders.some((e) => e.toLowerCase() === n.toLowerCase()),
    );
    expect(
      r.headers.filter(([n]) => !c.expectHeaders.some((e) => e.toLowerCase() === n.toLowerCase())),
    ).toEqual(others);
    for (const name of c.expectHeaders)
      expect(r.headers.filter(([n]) => n.toLowerCase() === name.toLowerCase())).toHaveLength(1);
  });
});

describe('re-sign specifics', () => {
  it('WaSphere keeps the seed format of a request that used it, and v1 otherwise', () => {
    const seed = resignRequest(
      {
        method: 'POST',
        url: URL_,
        headers: [['X-WaSphere-Signature', 'sha256=00']],
        body: Buffer.from(json),
      },
      { provider: 'wasphere', secrets: [{ label: 'k', value: 's' }], nowUnix: NOW, newId: () => 'x' },
    );
    expect(seed.ok && seed.headers.find(([n]) => n === 'X-WaSphere-Signature')?.[1]).toMatch(
      /^sha256=[0-9a-f]{64}$/,
    );
    const v1 = resignRequest(
      { method: 'POST', url: URL_, headers: [], body: Buffer.from(json) },
      { provider: 'wasphere', secrets: [{ label: 'k', value: 's' }], nowUnix: NOW, newId: () => 'x' },
    );
    expect(v1.ok && v1.headers.find(([n]) => n === 'X-WaSphere-Signature')?.[1]).toMatch(
      /^v1,sha256=[0-9a-f]{64}$/,
    );
  });

  it('Twilio JSON: recomputes bodySHA256 in the URL and signs the new URL', () => {
    const body = Buffer.from('{"MessageSid":"SM1","Body":"edited"}');
    const url = 'https://abc.ngrok.app/twilio?bodySHA256=0000&x=1';
    const r = resignRequest(
      {
        method: 'POST',
        url,
        headers: [
          ['Content-Type', 'application/json'],
          ['X-Twilio-Signature', 'AAAA'],
        ],
        body,
      },
      { provider: 'twilio', secrets: [{ label: 't', value: 'tok' }], nowUnix: NOW, newId: () => 'x' },
    );
    if (!r.ok) throw new Error(r.problem);
    expect(r.url).toMatch(/bodySHA256=[0-9a-f]{64}&x=1$/);
    const u = new URL(r.url);
    const report = analyseSignature(
      {
        method: 'POST',
        url: r.url,
        path: u.pathname + u.search,
        headers: r.headers,
        body,
        receivedAtUnix: NOW,
        nowUnix: NOW,
      },
      () => [{ label: 't', value: 'tok' }],
    );
    expect(report.verdict).toBe('pass');
  });

  it('signs with the labelled secret when asked, and says why it cannot sign', () => {
    const secrets = [
      { label: 'old', value: 'a' },
      { label: 'new', value: 'b' },
    ];
    const r = resignRequest(
      { method: 'POST', url: URL_, headers: [], body: Buffer.from('{}') },
      { provider: 'github', secrets, secretLabel: 'new', nowUnix: NOW, newId: () => 'x' },
    );
    expect(r.ok && r.info.secretLabel).toBe('new');
    const base = { method: 'POST', url: URL_, headers: [] as [string, string][], body: Buffer.from('{}') };
    const ctx = { nowUnix: NOW, newId: () => 'x' };
    expect(resignRequest(base, { ...ctx, provider: 'github', secrets, secretLabel: 'nope' })).toEqual({
      ok: false,
      problem: 'no github secret labelled "nope"',
    });
    expect(resignRequest(base, { ...ctx, provider: 'github', secrets: [] })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/no github secret is stored/),
    });
    expect(resignRequest(base, { ...ctx, provider: 'linear', secrets })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/inside the JSON body/),
    });
    expect(resignRequest(base, { ...ctx, provider: 'discord', secrets })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/private key/),
    });
    expect(
      resignRequest(base, {
        ...ctx,
        provider: 'standard-webhooks',
        secrets: [{ label: 'x', value: 'not base64!' }],
      }),
    ).toMatchObject({ ok: false });
    expect(resignRequest(base, { ...ctx, provider: 'generic', secrets })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/configure the generic/),
    });
  });
});

describe('prepareReplay with edits', () => {
  const source = {
    id: 7,
    method: 'POST',
    path: '/webhooks/stripe?acct=1',
    headers: [
      ['Host', 'abc.ngrok.app'],
      ['Stripe-Signature', 't=1,v1=00'],
      ['Content-Type', 'application/json'],
      ['Content-Length', '16'],
      ['Connection', 'keep-alive'],
    ] as [string, string][],
    body: Buffer.from('{"type":"a.b.c"}'),
    bodyTruncated: false,
  };
  const secrets = () => [{ label: 'primary', value: 'whsec_x' }];

  it('applies method/path/body edits, re-signs and fixes Host and Content-Length', () => {
    const edited = Buffer.from('{"type":"invoice.payment_failed"}');
    const p = prepareReplay(source, {
      targetUrl: 'http://127.0.0.1:3000/hooks',
      pathMode: 'append',
      edits: { method: 'PUT', path: '/webhooks/stripe?acct=2', bodyBase64: edited.toString('base64') },
      resign: { provider: 'stripe', secrets, nowUnix: NOW, newId: () => 'x' },
    });
    if (!p.ok) throw new Error(p.problem);
    expect(p.request.method).toBe('PUT');
    expect(p.request.url).toBe('http://127.0.0.1:3000/hooks/webhooks/stripe?acct=2');
    expect(p.request.headers).toEqual([
      ['Host', '127.0.0.1:3000'],
      ['Stripe-Signature', expect.stringMatching(new RegExp(`^t=${NOW},v1=[0-9a-f]{64}$`))],
      ['Content-Type', 'application/json'],
      ['Content-Length', String(edited.length)],
    ]);
    const report = analyseSignature(
      {
        method: 'PUT',
        url: p.request.url,
        path: '/hooks/webhooks/stripe?acct=2',
        headers: p.request.headers,
        body: p.request.body,
        receivedAtUnix: NOW,
        nowUnix: NOW,
      },
      (id) => (id === 'stripe' ? secrets() : []),
    );
    expect(report.verdict).toBe('pass');
    expect(p.resigned).toMatchObject({
      provider: 'stripe',
      secretLabel: 'primary',
      headersSet: ['Stripe-Signature'],
      timestamp: NOW,
    });
  });

  it('warns about an edit sent without re-signing, and refuses a truncated body', () => {
    const p = prepareReplay(source, {
      targetUrl: 'http://127.0.0.1:3000/',
      pathMode: 'replace',
      edits: { bodyBase64: Buffer.from('{}').toString('base64') },
    });
    expect(p.ok && p.warnings.join(' ')).toMatch(/without re-signing/);
    expect(
      prepareReplay(
        { ...source, bodyTruncated: true },
        { targetUrl: 'http://127.0.0.1:3000/', pathMode: 'replace' },
      ),
    ).toMatchObject({ ok: false });
    expect(
      prepareReplay(source, {
        targetUrl: 'http://127.0.0.1:3000/',
        pathMode: 'replace',
        resign: { provider: null, secrets, nowUnix: NOW, newId: () => 'x' },
      }),
    ).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/no provider/),
    });
  });
});
