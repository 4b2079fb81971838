// A Mollie next-gen payment-link.paid event, as a webhook subscription delivers it.
import { isoAt, sampleEvent } from '../kit/sample-event';

export const mollieTemplates = [
  sampleEvent({
    id: 'mollie-payment-link-paid',
    provider: 'mollie',
    name: 'Mollie: payment-link.paid',
    description: 'A customer paid through a payment link.',
    path: '/webhooks/mollie',
    body: (ctx) => ({
      resource: 'event',
      id: `event_${ctx.hex(8)}`,
      type: 'payment-link.paid',
      entityId: `pl_${ctx.hex(6)}`,
      createdAt: isoAt(ctx.nowUnix),
      _links: {
        entity: {
          href: `https://api.mollie.com/v2/payment-links/pl_${ctx.hex(6)}`,
          type: 'application/hal+json',
        },
      },
    }),
  }),
];
