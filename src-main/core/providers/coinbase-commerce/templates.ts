// A confirmed Coinbase Commerce charge, as its webhook delivers it.
import { isoAt, sampleEvent, uuidFrom } from '../kit/sample-event';

export const coinbaseCommerceTemplates = [
  sampleEvent({
    id: 'coinbase-commerce-charge-confirmed',
    provider: 'coinbase-commerce',
    name: 'Coinbase Commerce: charge:confirmed',
    description: 'A charge paid and confirmed on chain.',
    path: '/webhooks/coinbase',
    headers: () => [['User-Agent', 'weipay-webhooks']],
    body: (ctx) => ({
      id: Number.parseInt(ctx.hex(3), 16),
      scheduled_for: isoAt(ctx.nowUnix),
      attempt_number: 1,
      event: {
        id: uuidFrom(ctx),
        resource: 'event',
        type: 'charge:confirmed',
        api_version: '2018-03-22',
        created_at: isoAt(ctx.nowUnix),
        data: {
          id: uuidFrom(ctx),
          code: ctx.hex(4).toUpperCase(),
          name: 'The Sovereign Individual',
          pricing_type: 'fixed_price',
          pricing: { local: { amount: '100.00', currency: 'USD' } },
          metadata: { customer_id: 'id_1005' },
        },
      },
    }),
  }),
];
