// Deliveries of the providers added beyond the first sixteen, signed here with node:crypto exactly as
// each provider documents it (never with Hookscope's verifier or signers), shared by the unit table
// (more-providers.test.ts) and the end-to-end table through the receiver.
import { createHash, createHmac } from 'node:crypto';

export interface ProviderCase {
  /** Title of the case (the provider id unless one provider has several cases). */
  name?: string;
  provider: string;
  /** What the user stores. */
  secret: string;
  contentType: string;
  body: string;
  /** The headers a real delivery carries, signature included, for a body, a clock and the URL called. */
  sign(body: Buffer, secret: string, nowUnix: number, url: string): [string, string][];
  /** Expected report format id (the provider id unless stated). */
  format?: string;
  /** The scheme does not cover the payload (a token, Mailgun): a changed body still passes. */
  bodyUnsigned?: boolean;
}

export const mac = (
  alg: 'sha1' | 'sha256' | 'sha512',
  key: string | Buffer,
  ...parts: (string | Buffer)[]
) => {
  const h = createHmac(alg, key);
  for (const p of parts) h.update(p);
  return h.digest();
};

const json = (o: unknown) => JSON.stringify(o);

export const providerCases: ProviderCase[] = [
  {
    provider: 'typeform',
    secret: 'typeform-webhook-secret',
    contentType: 'application/json',
    body: json({ event_id: '01H', event_type: 'form_response', form_response: { form_id: 'lT4Z3j' } }),
    sign: (body, secret) => [
      ['Typeform-Signature', `sha256=${mac('sha256', secret, body).toString('base64')}`],
    ],
  },
  {
    provider: 'calendly',
    secret: 'calendly-signing-key',
    contentType: 'application/json',
    body: json({ event: 'invitee.created', payload: { email: 'a@example.test' } }),
    sign: (body, secret, now) => [
      ['Calendly-Webhook-Signature', `t=${now},v1=${mac('sha256', secret, `${now}.`, body).toString('hex')}`],
    ],
  },
  {
    provider: 'razorpay',
    secret: 'razorpay-webhook-secret',
    contentType: 'application/json',
    body: json({ entity: 'event', event: 'payment.captured', payload: {} }),
    sign: (body, secret) => [
      ['X-Razorpay-Event-Id', 'JzXh3bq1QmVXl0'],
      ['X-Razorpay-Signature', mac('sha256', secret, body).toString('hex')],
    ],
  },
  {
    provider: 'coinbase-commerce',
    secret: 'coinbase-shared-secret',
    contentType: 'application/json',
    body: json({ id: 1, event: { type: 'charge:confirmed', data: { code: 'ABCD' } } }),
    sign: (body, secret) => [['X-CC-Webhook-Signature', mac('sha256', secret, body).toString('hex')]],
  },
  {
    provider: 'intercom',
    secret: 'intercom-client-secret',
    contentType: 'application/json',
    body: json({ type: 'notification_event', app_id: 'ecahpwf5', topic: 'ping', data: { item: {} } }),
    sign: (body, secret) => [['X-Hub-Signature', `sha1=${mac('sha1', secret, body).toString('hex')}`]],
  },
  {
    provider: 'bitbucket',
    secret: 'bitbucket-webhook-secret',
    contentType: 'application/json',
    body: json({ push: { changes: [] }, repository: { full_name: 'team/api' } }),
    sign: (body, secret) => [
      ['User-Agent', 'Bitbucket-Webhooks/2.0'],
      ['X-Event-Key', 'repo:push'],
      ['X-Request-UUID', '3f2a0c0e-1d7b-4b43-9a4e-7f5c1e0b9d11'],
      ['X-Hub-Signature', `sha256=${mac('sha256', secret, body).toString('hex')}`],
    ],
  },
  {
    provider: 'atlassian',
    secret: 'jira-admin-webhook-secret',
    contentType: 'application/json',
    body: json({ webhookEvent: 'jira:issue_created', issue: { key: 'ENG-1' } }),
    sign: (body, secret) => [
      ['X-Atlassian-Webhook-Identifier', '1234'],
      ['X-Hub-Signature', `sha256=${mac('sha256', secret, body).toString('hex')}`],
    ],
  },
  {
    provider: 'zendesk',
    secret: 'zendesk-signing-secret',
    contentType: 'application/json',
    body: json({ ticket: { id: 35436, subject: 'Help' } }),
    sign: (body, secret) => {
      const ts = '2025-06-15T15:06:40Z';
      return [
        ['X-Zendesk-Webhook-Id', '01GXYZ'],
        ['X-Zendesk-Webhook-Signature-Timestamp', ts],
        ['X-Zendesk-Webhook-Signature', mac('sha256', secret, ts, body).toString('base64')],
      ];
    },
  },
  {
    provider: 'twitch',
    secret: 'twitch-eventsub-secret',
    contentType: 'application/json',
    body: json({ subscription: { type: 'channel.follow' }, event: { user_login: 'cool_user' } }),
    sign: (body, secret, now) => {
      const id = 'e76c6bd4-55c9-4987-8304-da1588d8988b';
      const ts = new Date(now * 1000).toISOString().replace('Z', '123456Z');
      return [
        ['Twitch-Eventsub-Message-Id', id],
        ['Twitch-Eventsub-Message-Type', 'notification'],
        ['Twitch-Eventsub-Message-Timestamp', ts],
        [
          'Twitch-Eventsub-Message-Signature',
          `sha256=${mac('sha256', secret, id, ts, body).toString('hex')}`,
        ],
      ];
    },
  },
  {
    provider: 'xero',
    secret: 'xero-webhooks-key',
    contentType: 'application/json',
    body: json({
      events: [{ eventCategory: 'INVOICE', eventType: 'UPDATE' }],
      firstEventSequence: 1,
      lastEventSequence: 1,
    }),
    sign: (body, secret) => [['x-xero-signature', mac('sha256', secret, body).toString('base64')]],
  },
  {
    provider: 'docusign',
    secret: 'docusign-connect-hmac-key',
    contentType: 'application/json',
    body: json({ event: 'envelope-completed', data: { envelopeId: 'e1' } }) + '\r\n',
    sign: (body, secret) => [
      ['X-DocuSign-Signature-1', mac('sha256', 'an-older-key', body).toString('base64')],
      ['X-DocuSign-Signature-2', mac('sha256', secret, body).toString('base64')],
    ],
  },
  {
    provider: 'box',
    secret: 'box-primary-signature-key',
    contentType: 'application/json',
    body: json({ type: 'webhook_event', trigger: 'FILE.UPLOADED', source: { id: '1' } }),
    sign: (body, secret, now) => {
      const ts = new Date(now * 1000).toISOString().replace('.000Z', '+00:00');
      return [
        ['BOX-DELIVERY-ID', '673a081b-bb4b-4d45-b4f1-4131a29c1d07'],
        ['BOX-DELIVERY-TIMESTAMP', ts],
        ['BOX-SIGNATURE-PRIMARY', mac('sha256', secret, body, ts).toString('base64')],
        ['BOX-SIGNATURE-SECONDARY', mac('sha256', 'box-secondary-key', body, ts).toString('base64')],
      ];
    },
  },
  {
    provider: 'dropbox',
    secret: 'dropbox-app-secret',
    contentType: 'application/json',
    body: json({ list_folder: { accounts: ['dbid:AAH4f99'] }, delta: { users: [12345678] } }),
    sign: (body, secret) => [['X-Dropbox-Signature', mac('sha256', secret, body).toString('hex')]],
  },
  {
    provider: 'pagerduty',
    secret: 'pagerduty-subscription-secret',
    contentType: 'application/json',
    body: json({ event: { event_type: 'incident.triggered', data: { id: 'Q1' } } }),
    sign: (body, secret) => [
      [
        'X-PagerDuty-Signature',
        `v1=${mac('sha256', 'rotated-out-secret', body).toString('hex')},v1=${mac('sha256', secret, body).toString('hex')}`,
      ],
    ],
  },
  {
    provider: 'sentry',
    secret: 'sentry-client-secret',
    contentType: 'application/json',
    body: json({ action: 'created', data: { issue: { id: '1' } } }),
    sign: (body, secret, now) => [
      ['Sentry-Hook-Resource', 'issue'],
      ['Sentry-Hook-Timestamp', String(now)],
      ['Sentry-Hook-Signature', mac('sha256', secret, body).toString('hex')],
    ],
  },
  {
    provider: 'sanity',
    secret: 'sanity-webhook-secret',
    contentType: 'application/json',
    body: json({ _id: 'post-1', _type: 'post', title: 'Hello' }),
    sign: (body, secret, now) => {
      const t = String(now * 1000);
      const digest = mac('sha256', secret, `${t}.`, body)
        .toString('base64')
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
      return [['sanity-webhook-signature', `t=${t},v1=${digest}`]];
    },
  },
  {
    provider: 'gitlab',
    secret: 'gitlab-secret-token',
    contentType: 'application/json',
    body: json({ object_kind: 'push', ref: 'refs/heads/main', project: { path_with_namespace: 'g/p' } }),
    sign: (_body, secret) => [
      ['X-Gitlab-Event', 'Push Hook'],
      ['X-Gitlab-Token', secret],
    ],
    bodyUnsigned: true,
  },
  {
    provider: 'okta',
    secret: 'okta-event-hook-secret',
    contentType: 'application/json',
    body: json({ eventType: 'com.okta.event_hook', eventTypeVersion: '1.0', data: { events: [] } }),
    sign: (_body, secret) => [['Authorization', secret]],
    bodyUnsigned: true,
  },
  {
    name: 'hubspot v3',
    provider: 'hubspot',
    secret: 'hubspot-client-secret',
    contentType: 'application/json',
    body: json([{ eventId: 1, subscriptionType: 'contact.creation', objectId: 123 }]),
    sign: (body, secret, now, url) => {
      const ms = String(now * 1000);
      return [
        ['X-HubSpot-Request-Timestamp', ms],
        ['X-HubSpot-Signature-v3', mac('sha256', secret, 'POST', url, body, ms).toString('base64')],
      ];
    },
    format: 'hubspot-v3',
  },
  {
    name: 'hubspot v2',
    provider: 'hubspot',
    secret: 'hubspot-client-secret',
    contentType: 'application/json',
    body: json([{ eventId: 2, subscriptionType: 'deal.creation', objectId: 7 }]),
    sign: (body, secret, _now, url) => [
      ['X-HubSpot-Signature-Version', 'v2'],
      [
        'X-HubSpot-Signature',
        createHash('sha256')
          .update(secret + 'POST' + url)
          .update(body)
          .digest('hex'),
      ],
    ],
    format: 'hubspot-v2',
  },
  {
    name: 'hubspot v1',
    provider: 'hubspot',
    secret: 'hubspot-client-secret',
    contentType: 'application/json',
    body: json([{ eventId: 3, subscriptionType: 'contact.deletion', objectId: 9 }]),
    sign: (body, secret) => [
      ['X-HubSpot-Signature-Version', 'v1'],
      ['X-HubSpot-Signature', createHash('sha256').update(secret).update(body).digest('hex')],
    ],
    format: 'hubspot-v1',
  },
  {
    provider: 'mandrill',
    secret: 'mandrill-webhook-key',
    contentType: 'application/x-www-form-urlencoded',
    body: new URLSearchParams({ mandrill_events: json([{ event: 'send', _id: 'abc', ts: 1 }]) }).toString(),
    sign: (body, secret, _now, url) => {
      const events = new URLSearchParams(body.toString()).get('mandrill_events') ?? '';
      return [
        ['X-Mandrill-Signature', mac('sha1', secret, url, 'mandrill_events', events).toString('base64')],
      ];
    },
  },
  {
    provider: 'contentful',
    secret: 'c'.repeat(64),
    contentType: 'application/vnd.contentful.management.v1+json',
    body: json({ sys: { type: 'Entry', id: '5KsDBWseXY6QegucYAoacS' }, fields: {} }),
    sign: (body, secret, now, url) => {
      const ms = String(now * 1000);
      const path = new URL(url).pathname;
      const signed = 'x-contentful-signed-headers,x-contentful-timestamp,x-contentful-topic';
      const canonical = [
        'POST',
        path,
        `x-contentful-signed-headers:${signed};x-contentful-timestamp:${ms};x-contentful-topic:ContentManagement.Entry.publish`,
        body.toString(),
      ].join('\n');
      return [
        ['X-Contentful-Topic', 'ContentManagement.Entry.publish'],
        ['x-contentful-timestamp', ms],
        ['x-contentful-signed-headers', signed],
        ['x-contentful-signature', mac('sha256', secret, canonical).toString('hex')],
      ];
    },
  },
  {
    name: 'mailgun json',
    provider: 'mailgun',
    secret: 'mailgun-http-webhook-signing-key',
    contentType: 'application/json',
    body: json({
      signature: {
        timestamp: '1750000000',
        token: 'f4a3c9a0b1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f',
        signature: mac(
          'sha256',
          'mailgun-http-webhook-signing-key',
          '1750000000',
          'f4a3c9a0b1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f',
        ).toString('hex'),
      },
      'event-data': { event: 'delivered', recipient: 'alice@example.test' },
    }),
    sign: () => [],
    bodyUnsigned: true,
  },
  {
    name: 'mailgun form',
    provider: 'mailgun',
    secret: 'mailgun-http-webhook-signing-key',
    contentType: 'application/x-www-form-urlencoded',
    body: new URLSearchParams({
      event: 'delivered',
      recipient: 'alice@example.test',
      timestamp: '1750000000',
      token: 'abcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdef01',
      signature: mac(
        'sha256',
        'mailgun-http-webhook-signing-key',
        '1750000000',
        'abcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdef01',
      ).toString('hex'),
    }).toString(),
    sign: () => [],
    bodyUnsigned: true,
  },
];
