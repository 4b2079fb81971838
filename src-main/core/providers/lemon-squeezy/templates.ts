// A Lemon Squeezy order_created event (JSON:API shape), as its webhook delivers it.
import { isoAt, sampleEvent } from '../kit/sample-event';

export const lemonSqueezyTemplates = [
  sampleEvent({
    id: 'lemon-squeezy-order-created',
    provider: 'lemon-squeezy',
    name: 'Lemon Squeezy: order_created',
    description: 'A customer paid for an order.',
    path: '/webhooks/lemonsqueezy',
    contentType: 'application/json',
    headers: () => [['X-Event-Name', 'order_created']],
    body: (ctx) => ({
      meta: { event_name: 'order_created', custom_data: { customer_id: 25 } },
      data: {
        type: 'orders',
        id: '1',
        attributes: {
          store_id: 1,
          customer_id: 1,
          identifier: `${ctx.hex(4)}-${ctx.hex(2)}`,
          order_number: 1,
          user_name: 'Darlene Daugherty',
          user_email: 'gernser@example.net',
          currency: 'USD',
          subtotal: 999,
          total: 999,
          status: 'paid',
          created_at: isoAt(ctx.nowUnix),
        },
      },
    }),
  }),
];
