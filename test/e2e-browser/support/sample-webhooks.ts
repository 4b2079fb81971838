// Real-looking webhooks from well-known providers, for the README screenshot, and the signing the
// specs need to send their own. Shapes follow the providers' documented payloads; in the samples
// below, ids, numbers and signatures are made up.
import { createHmac } from 'node:crypto';
import { whatsappWebhook } from '../../helpers/whatsapp-webhook';
import type { OutgoingRequest } from './send';

export { whatsappWebhook } from '../../helpers/whatsapp-webhook';

/** Meta's `X-Hub-Signature-256` value: hex HMAC-SHA256 of the body, keyed with the app secret. */
export const hubSignature = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** The v1 part of Stripe's `Stripe-Signature: t=<t>,v1=<hex>`: hex HMAC-SHA256 of `<t>.<body>`. */
export const stripeV1 = (secret: string, t: number, body: string) =>
  createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');

const now = 1763884801;

export const whatsappMessage: OutgoingRequest = {
  path: '/webhooks/whatsapp',
  headers: {
    'content-type': 'application/json',
    'user-agent': 'facebookexternalua',
    'x-hub-signature-256': 'sha256=9b1fd6f0c1c3f5a1d86e2f0e5be2ac7d0a6f7a3c1e4b5d6c7e8f9a0b1c2d3e4f',
  },
  body: whatsappWebhook({
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
    contacts: [{ profile: { name: 'Ana Souza' }, wa_id: '5511987654321' }],
    messages: [
      {
        from: '5511987654321',
        id: 'wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFjNFQjBDMEE4RjQ2QjU2QTk2RTZCAA==',
        timestamp: String(now),
        type: 'text',
        text: { body: 'Olá! Meu pedido #4521 já saiu para entrega?' },
      },
    ],
  }),
};

export const whatsappStatus: OutgoingRequest = {
  path: '/webhooks/whatsapp',
  headers: {
    'content-type': 'application/json',
    'user-agent': 'facebookexternalua',
    'x-hub-signature-256': 'sha256=0c7e5d2b9a4f1e3c6b8d0a2f4e6c8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e',
  },
  body: whatsappWebhook({
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
    statuses: [
      {
        id: 'wamid.HBgNNTUxMTk4NzY1NDMyMRUCABEYEjQyQkE3RkY0QjQ1QjJGNzJBQQA=',
        status: 'read',
        timestamp: String(now + 42),
        recipient_id: '5511987654321',
      },
    ],
  }),
};

export const stripeEvent: OutgoingRequest = {
  path: '/webhooks/stripe',
  headers: {
    'content-type': 'application/json; charset=utf-8',
    'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
    'stripe-signature': `t=${now},v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd`,
  },
  body: JSON.stringify(
    {
      id: 'evt_1QJ8xLKf9vDq2mT7aB3cD4eF',
      object: 'event',
      api_version: '2024-06-20',
      created: now,
      type: 'invoice.paid',
      livemode: false,
      pending_webhooks: 1,
      request: { id: 'req_8fK2LmN0pQ', idempotency_key: 'b9c1d2e3-4f56-4789-90ab-cdef01234567' },
      data: {
        object: {
          id: 'in_1QJ8xKKf9vDq2mT7sV0wXyZ1',
          object: 'invoice',
          customer: 'cus_R5tUvWxYz01234',
          customer_email: 'billing@acme.example',
          amount_due: 4900,
          amount_paid: 4900,
          currency: 'eur',
          status: 'paid',
          hosted_invoice_url: 'https://invoice.stripe.com/i/acct_1Abc/test_YWNjdF8x',
          lines: { object: 'list', data: [{ id: 'il_1QJ8', description: 'Pro plan × 1', amount: 4900 }] },
        },
      },
    },
    null,
    2,
  ),
};

export const githubPush: OutgoingRequest = {
  path: '/webhooks/github',
  headers: {
    'content-type': 'application/json',
    'user-agent': 'GitHub-Hookshot/3a1b2c4',
    'x-github-event': 'push',
    'x-github-delivery': '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    'x-github-hook-id': '512345678',
    'x-hub-signature-256': 'sha256=d57c68ca6f92289e6987922ff26938930f6e66a2d161ef06abdf1859230aa23c',
  },
  body: JSON.stringify({
    ref: 'refs/heads/main',
    before: '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
    after: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
    repository: { id: 1296269, full_name: 'acme/storefront', private: true, default_branch: 'main' },
    pusher: { name: 'octocat', email: 'octocat@github.example' },
    commits: [
      {
        id: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
        message: 'Fix rounding in invoice totals',
        timestamp: '2026-11-23T07:58:02Z',
        author: { name: 'Mona Lisa', username: 'monalisa' },
        added: [],
        removed: [],
        modified: ['src/billing/totals.ts'],
      },
    ],
  }),
};

export const twilioSms: OutgoingRequest = {
  path: '/webhooks/twilio/sms',
  headers: {
    'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
    'user-agent': 'TwilioProxy/1.1',
    'x-twilio-signature': 'RSOYDt4T1cUTdK1PDd93/VVr8B8=',
  },
  body: new URLSearchParams({
    ToCountry: 'US',
    SmsMessageSid: 'SM1f0e3d4c5b6a79880a1b2c3d4e5f6a7b',
    NumMedia: '0',
    From: '+14155550123',
    To: '+15005550006',
    Body: 'STOP',
    AccountSid: 'AC0123456789abcdef0123456789abcdef',
  }).toString(),
};

export const metaHandshake: OutgoingRequest = {
  method: 'GET',
  path: '/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=meatyhamhock',
  headers: { 'user-agent': 'facebookplatform/1.0 (+http://developers.facebook.com)' },
};

export const shopifyOrder: OutgoingRequest = {
  path: '/webhooks/shopify/orders-create',
  headers: {
    'content-type': 'application/json',
    'x-shopify-topic': 'orders/create',
    'x-shopify-shop-domain': 'acme-store.myshopify.com',
    'x-shopify-hmac-sha256': 'XWmrwMey6OsLMeiZKwP4FppHH3cmAiiJJAweH5Jo4bM=',
  },
  body: JSON.stringify({ id: 820982911946154500, name: '#1042', total_price: '129.00', currency: 'EUR' }),
};
