// Sample Stripe event for compose / test events (signed afterwards by the Stripe signer).
import type { EventTemplate } from '../../replay/templates/types';

export const stripeTemplates: EventTemplate[] = [
  {
    id: 'stripe-payment-intent-succeeded',
    provider: 'stripe',
    name: 'Stripe: payment_intent.succeeded',
    description: 'A successful payment (Stripe-Signature t=…,v1=…).',
    method: 'POST',
    path: '/webhooks/stripe',
    contentType: 'application/json; charset=utf-8',
    build: (ctx) => ({
      headers: [
        ['User-Agent', 'Stripe/1.0 (+https://stripe.com/docs/webhooks)'],
        ['Content-Type', 'application/json; charset=utf-8'],
      ],
      body: JSON.stringify(
        {
          id: `evt_${ctx.hex(12)}`,
          object: 'event',
          api_version: '2024-06-20',
          created: ctx.nowUnix,
          type: 'payment_intent.succeeded',
          livemode: false,
          data: {
            object: {
              id: `pi_${ctx.hex(12)}`,
              object: 'payment_intent',
              amount: 2000,
              currency: 'eur',
              status: 'succeeded',
            },
          },
        },
        null,
        2,
      ),
    }),
  },
];
