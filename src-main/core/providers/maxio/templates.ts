// A Chargify/Maxio payment_success webhook: form-encoded, as the site sends it.
import { sampleEvent } from '../kit/sample-event';

export const maxioTemplates = [
  sampleEvent({
    id: 'maxio-payment-success',
    provider: 'maxio',
    name: 'Maxio (Chargify): payment_success',
    description: 'A renewal payment of 10.00 USD succeeded.',
    path: '/webhooks/chargify',
    contentType: 'application/x-www-form-urlencoded',
    headers: (ctx) => [['X-Chargify-Webhook-Id', String(100000 + (ctx.nowUnix % 100000))]],
    body: () =>
      new URLSearchParams({
        id: '12345',
        event: 'payment_success',
        'payload[site][subdomain]': 'acme',
        'payload[subscription][id]': '987',
        'payload[subscription][state]': 'active',
        'payload[transaction][amount_in_cents]': '1000',
        'payload[transaction][success]': 'true',
      }).toString(),
  }),
];
