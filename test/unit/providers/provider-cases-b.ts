// Deliveries of the second batch of providers (Asana onwards), signed here with node:crypto exactly
// as each provider documents it — never with Hookscope's verifier or signers. Shared by the unit
// table (more-providers.test.ts) and the end-to-end table through the receiver.
import { mac, type ProviderCase } from './provider-cases';

const json = (o: unknown) => JSON.stringify(o);
const hex = (b: Buffer) => b.toString('hex');
const b64 = (b: Buffer) => b.toString('base64');
/** Standard Webhooks / Svix headers, signed per standardwebhooks.com with the decoded whsec_ key. */
const svix = (prefix: 'svix' | 'webhook', body: Buffer, secret: string, now: number): [string, string][] => {
  const id = 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W';
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return [
    [`${prefix}-id`, id],
    [`${prefix}-timestamp`, String(now)],
    [`${prefix}-signature`, `v1,${b64(mac('sha256', key, `${id}.${now}.`, body))}`],
  ];
};

export const providerCasesB: ProviderCase[] = [
  {
    provider: 'asana',
    secret: 'b537207f20cbfa02357cf448134da559e8bd39d61597dcd5631b8012eae53e81',
    contentType: 'application/json; charset=utf-8',
    body: json({
      events: [{ action: 'changed', resource: { gid: '1203427961838411', resource_type: 'task' } }],
    }),
    sign: (body, secret) => [['X-Hook-Signature', hex(mac('sha256', secret, body))]],
  },
  {
    provider: 'notion',
    secret: 'secret_tMrlL1qK5vuQAh1b6cZGhFChZTSYJlce98V0pYn7yBl',
    contentType: 'application/json',
    body: json({ id: 'e1', type: 'page.content_updated', entity: { id: 'p1', type: 'page' } }),
    sign: (body, secret) => [['X-Notion-Signature', `sha256=${hex(mac('sha256', secret, body))}`]],
  },
  {
    provider: 'lemon-squeezy',
    secret: 'lemon-signing-secret',
    contentType: 'application/json',
    body: json({ meta: { event_name: 'order_created' }, data: { type: 'orders', id: '1' } }),
    sign: (body, secret) => [
      ['X-Event-Name', 'order_created'],
      ['X-Signature', hex(mac('sha256', secret, body))],
    ],
  },
  {
    provider: 'mux',
    secret: 'mux-webhook-signing-secret',
    contentType: 'application/json',
    body: json({ type: 'video.asset.ready', data: { id: 'asset1', status: 'ready' } }),
    sign: (body, secret, now) => [
      ['Mux-Signature', `t=${now},v1=${hex(mac('sha256', secret, `${now}.`, body))}`],
    ],
  },
  {
    provider: 'workos',
    secret: 'workos-webhook-secret',
    contentType: 'application/json',
    body: json({ id: 'event_01', event: 'user.created', data: { object: 'user', id: 'user_01' } }),
    sign: (body, secret, now) => {
      const t = String(now * 1000);
      return [['WorkOS-Signature', `t=${t}, v1=${hex(mac('sha256', secret, `${t}.`, body))}`]];
    },
  },
  {
    provider: 'line',
    secret: 'line-channel-secret-0123',
    contentType: 'application/json; charset=utf-8',
    body: json({
      destination: 'U1',
      events: [{ type: 'message', message: { type: 'text', text: 'Hello' } }],
    }),
    sign: (body, secret) => [['x-line-signature', b64(mac('sha256', secret, body))]],
  },
  {
    provider: 'viber',
    secret: '445da6az1s345z78-dazcczb2542zv51a-e0vc5fva17480im9',
    contentType: 'application/json',
    body: json({ event: 'message', timestamp: 1457764197627, message: { type: 'text', text: 'hi' } }),
    sign: (body, secret) => [['X-Viber-Content-Signature', hex(mac('sha256', secret, body))]],
  },
  {
    provider: 'paystack',
    secret: 'sk_test_0123456789abcdef0123456789abcdef01234567',
    contentType: 'application/json',
    body: json({ event: 'charge.success', data: { id: 302961, amount: 20000, currency: 'NGN' } }),
    sign: (body, secret) => [['x-paystack-signature', hex(mac('sha512', secret, body))]],
  },
  {
    provider: 'nylas',
    secret: 'nylas-webhook-secret',
    contentType: 'application/json',
    body: json({ type: 'message.created', data: { object: { id: 'm1', subject: 'Hi' } } }),
    sign: (body, secret) => [['X-Nylas-Signature', hex(mac('sha256', secret, body))]],
  },
  {
    provider: 'klaviyo',
    secret: 'klaviyo-secret-key-16+',
    contentType: 'application/json',
    body: json({ data: [{ topic: 'event:klaviyo.opened_email', payload: {} }] }),
    sign: (body, secret, now) => {
      const ts = new Date(now * 1000).toISOString();
      return [
        ['Klaviyo-Timestamp', ts],
        ['Klaviyo-Signature', hex(mac('sha256', secret, body, ts))],
      ];
    },
  },
  {
    provider: 'cloudflare-stream',
    secret: 'cf-stream-webhook-secret',
    contentType: 'application/json',
    body: json({ uid: 'dd5d531a12de0c724bd1275a3b2bc9c6', readyToStream: true, status: { state: 'ready' } }),
    sign: (body, secret, now) => [
      ['Webhook-Signature', `time=${now},sig1=${hex(mac('sha256', secret, `${now}.`, body))}`],
    ],
  },
  {
    provider: 'expo',
    secret: 'expo-webhook-secret',
    contentType: 'application/json',
    body: json({ platform: 'android', status: 'finished', projectName: 'example' }),
    sign: (body, secret) => [['expo-signature', `sha1=${hex(mac('sha1', secret, body))}`]],
  },
  {
    provider: 'tally',
    secret: 'tally-signing-secret',
    contentType: 'application/json',
    body: json({ eventId: 'e1', eventType: 'FORM_RESPONSE', data: { formId: 'VwbNEw', fields: [] } }),
    sign: (body, secret) => [['Tally-Signature', b64(mac('sha256', secret, body))]],
  },
  {
    provider: 'circleci',
    secret: 'circleci-secret-token',
    contentType: 'application/json',
    body: json({ type: 'workflow-completed', workflow: { name: 'build', status: 'success' } }),
    sign: (body, secret) => [
      ['circleci-event-type', 'workflow-completed'],
      ['circleci-signature', `v1=${hex(mac('sha256', secret, body))}`],
    ],
  },
  {
    provider: 'launchdarkly',
    secret: 'launchdarkly-webhook-secret',
    contentType: 'application/json',
    body: json({ kind: 'flag', name: 'New checkout', titleVerb: 'turned on the flag' }),
    sign: (body, secret) => [['X-LD-Signature', hex(mac('sha256', secret, body))]],
  },
  {
    provider: 'pusher',
    secret: 'pusher-app-secret',
    contentType: 'application/json',
    body: json({ time_ms: 1327078148132, events: [{ name: 'channel_occupied', channel: 'test' }] }),
    sign: (body, secret) => [
      ['X-Pusher-Key', 'a1b2c3d4e5f6a7b8c9d0'],
      ['X-Pusher-Signature', hex(mac('sha256', secret, body))],
    ],
  },
  {
    provider: 'webflow',
    secret: 'webflow-client-secret',
    contentType: 'application/json',
    body: json({ triggerType: 'form_submission', payload: { name: 'Contact', data: { Email: 'a@b.test' } } }),
    sign: (body, secret, now) => {
      const ts = String(now * 1000);
      return [
        ['x-webflow-timestamp', ts],
        ['x-webflow-signature', hex(mac('sha256', secret, `${ts}:`, body))],
      ];
    },
  },
  {
    provider: 'airtable',
    secret: Buffer.from('airtable-mac-secret-bytes-0123456789').toString('base64'),
    contentType: 'application/json',
    body: json({
      base: { id: 'appXXXX' },
      webhook: { id: 'achXXXX' },
      timestamp: '2025-06-15T15:06:40.000Z',
    }),
    sign: (body, secret) => [
      ['X-Airtable-Content-MAC', `hmac-sha256=${hex(mac('sha256', Buffer.from(secret, 'base64'), body))}`],
    ],
  },
  {
    provider: 'tiktok',
    secret: 'tiktok-client-secret',
    contentType: 'application/json',
    body: json({ client_key: 'awxyz', event: 'post.publish.complete', create_time: 1615338610 }),
    sign: (body, secret, now) => [
      ['TikTok-Signature', `t=${now},s=${hex(mac('sha256', secret, `${now}.`, body))}`],
    ],
  },
  {
    provider: 'buildkite',
    secret: 'buildkite-webhook-token',
    contentType: 'application/json',
    body: json({ event: 'build.finished', build: { number: 42, state: 'passed' } }),
    sign: (body, secret, now) => [
      ['X-Buildkite-Event', 'build.finished'],
      ['X-Buildkite-Signature', `timestamp=${now},signature=${hex(mac('sha256', secret, `${now}.`, body))}`],
    ],
  },
  {
    provider: 'terraform',
    secret: 'tfe-notification-token',
    contentType: 'application/json',
    body: json({ payload_version: 1, run_id: 'run-1', notifications: [{ trigger: 'run:completed' }] }),
    sign: (body, secret) => [['X-TFE-Notification-Signature', hex(mac('sha512', secret, body))]],
  },
  {
    provider: 'webex',
    secret: 'webex-webhook-secret',
    contentType: 'application/json',
    body: json({ resource: 'messages', event: 'created', data: { id: 'm1' } }),
    sign: (body, secret) => [['X-Spark-Signature', hex(mac('sha1', secret, body))]],
  },
  {
    provider: 'microsoft-teams',
    secret: Buffer.from('teams-security-token-bytes-0123456789').toString('base64'),
    contentType: 'application/json',
    body: json({ type: 'message', text: '<at>Helper</at> hi', channelId: 'msteams' }),
    sign: (body, secret) => [
      ['Authorization', `HMAC ${b64(mac('sha256', Buffer.from(secret, 'base64'), body))}`],
    ],
  },
  {
    provider: 'heroku',
    secret: 'heroku-webhook-secret',
    contentType: 'application/json',
    body: json({ action: 'create', resource: 'release', data: { version: 42 } }),
    sign: (body, secret) => [['Heroku-Webhook-Hmac-SHA256', b64(mac('sha256', secret, body))]],
  },
  {
    provider: 'woocommerce',
    secret: 'woocommerce-webhook-secret',
    contentType: 'application/json',
    body: json({ id: 727, status: 'processing', total: '29.35' }),
    sign: (body, secret) => [
      ['X-WC-Webhook-Topic', 'order.created'],
      ['X-WC-Webhook-Signature', b64(mac('sha256', secret, body))],
    ],
  },
  {
    provider: 'mollie',
    secret: 'mollie-shared-secret',
    contentType: 'application/json',
    body: json({ resource: 'event', type: 'payment-link.paid', entityId: 'pl_1' }),
    sign: (body, secret) => [['X-Mollie-Signature', `sha256=${hex(mac('sha256', secret, body))}`]],
  },
  {
    provider: 'adyen-platform',
    secret: '44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056',
    contentType: 'application/json',
    body: json({
      data: { balancePlatform: 'YOUR_BALANCE_PLATFORM' },
      type: 'balancePlatform.accountHolder.updated',
    }),
    sign: (body, secret) => [
      ['Protocol', 'HmacSHA256'],
      ['HmacSignature', b64(mac('sha256', Buffer.from(secret, 'hex'), body))],
    ],
  },
  {
    provider: 'worldline',
    secret: 'worldline-webhooks-secret-key',
    contentType: 'application/json',
    body: json({ apiVersion: 'v1', type: 'payment.captured', payment: { status: 'CAPTURED' } }),
    sign: (body, secret) => [
      ['X-GCS-KeyId', 'e1b1a1f2-b0c5-4f1c-9d2a-3b8e7c6d5f40'],
      ['X-GCS-Signature', b64(mac('sha256', secret, body))],
    ],
  },
  {
    provider: 'clerk',
    secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    contentType: 'application/json',
    body: json({
      data: { id: 'user_29w83sxmDNGwOuEthce5gg56FcC', object: 'user' },
      object: 'event',
      type: 'user.created',
    }),
    sign: (body, secret, now) => svix('svix', body, secret, now),
    format: 'svix-v1',
  },
  {
    provider: 'resend',
    secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    contentType: 'application/json',
    body: json({ type: 'email.delivered', created_at: '2025-06-15T15:06:40.000Z', data: { email_id: 'e1' } }),
    sign: (body, secret, now) => svix('svix', body, secret, now),
    format: 'svix-v1',
  },
  {
    provider: 'openai',
    secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    contentType: 'application/json',
    body: json({
      object: 'event',
      id: 'evt_685343a1381c819085d44c354e1b330e',
      type: 'response.completed',
      created_at: 1750287018,
      data: { id: 'resp_abc123', status: 'completed', model: 'gpt-4.1', output_text: 'Hello there' },
    }),
    sign: (body, secret, now) => svix('webhook', body, secret, now),
    format: 'standard-webhooks-v1',
  },
  {
    provider: 'replicate',
    secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    contentType: 'application/json',
    body: json({
      id: 'ufawqhfynnddngldkgtslldrkq',
      status: 'succeeded',
      urls: { get: 'https://api.replicate.com/v1/predictions/ufawqhfynnddngldkgtslldrkq' },
    }),
    sign: (body, secret, now) => svix('webhook', body, secret, now),
    format: 'standard-webhooks-v1',
  },
  {
    provider: 'telegram',
    secret: 'telegram_secret_token-42',
    contentType: 'application/json',
    body: json({ update_id: 10000, message: { message_id: 1365, text: '/start' } }),
    sign: (_body, secret) => [['X-Telegram-Bot-Api-Secret-Token', secret]],
    bodyUnsigned: true,
  },
  {
    provider: 'twitter',
    secret: 'x-consumer-secret',
    contentType: 'application/json',
    body: json({ for_user_id: '2244994945', favorite_events: [{ id: 'f1' }] }),
    sign: (body, secret) => [['x-twitter-webhooks-signature', `sha256=${b64(mac('sha256', secret, body))}`]],
  },
  {
    provider: 'alchemy',
    secret: 'whsec_alchemy_signing_key_0123',
    contentType: 'application/json',
    body: json({
      webhookId: 'wh_1',
      type: 'ADDRESS_ACTIVITY',
      event: { network: 'ETH_MAINNET', activity: [] },
    }),
    sign: (body, secret) => [['X-Alchemy-Signature', hex(mac('sha256', secret, body))]],
  },
  {
    provider: 'aftership',
    secret: 'aftership-webhook-secret',
    contentType: 'application/json',
    body: json({
      event: 'tracking_update',
      msg: { tracking_number: '1Z999AA10123456784', tag: 'Delivered' },
    }),
    sign: (body, secret) => [['aftership-hmac-sha256', b64(mac('sha256', secret, body))]],
  },
  {
    provider: 'maxio',
    secret: 'chargify-site-shared-key',
    contentType: 'application/x-www-form-urlencoded',
    body: 'id=12345&event=payment_success&payload%5Bsubscription%5D%5Bid%5D=987&payload%5Btransaction%5D%5Bamount_in_cents%5D=1000',
    sign: (body, secret) => [
      ['X-Chargify-Webhook-Id', '100001'],
      ['X-Chargify-Webhook-Signature-Hmac-Sha-256', hex(mac('sha256', secret, body))],
    ],
  },
  {
    provider: 'sonatype',
    secret: 'nexus-webhook-secret-key',
    contentType: 'application/json',
    body: json({
      repositoryName: 'maven-releases',
      action: 'CREATED',
      component: { name: 'widget', version: '1.0.0' },
    }),
    sign: (body, secret) => [
      ['X-Nexus-Webhook-Id', 'rm:repository:component'],
      ['X-Nexus-Webhook-Signature', hex(mac('sha1', secret, body))],
    ],
  },
  {
    provider: 'autodesk',
    secret: 'aps-webhook-secret-token',
    contentType: 'application/json',
    body: json({
      version: '1.0',
      hook: { system: 'data', event: 'dm.version.added' },
      payload: { name: 'a.rvt' },
    }),
    sign: (body, secret) => [['x-adsk-signature', `sha1hash=${hex(mac('sha1', secret, body))}`]],
  },
  {
    provider: 'bolt',
    secret: 'bolt-signing-secret',
    contentType: 'application/json',
    body: json({ type: 'auth', object: 'transaction', data: { amount: { amount: 4200, currency: 'USD' } } }),
    // Mid-rotation: the current header with the old secret, the pending one with the stored new one.
    sign: (body, secret) => [
      ['X-Bolt-Hmac-Sha256', b64(mac('sha256', 'bolt-previous-secret', body))],
      ['X-Bolt-Hmac-Sha256-Pending', b64(mac('sha256', secret, body))],
    ],
  },
];
