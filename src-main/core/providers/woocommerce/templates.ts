// A WooCommerce order.created webhook, as a store delivers it.
import { isoAt, sampleEvent } from '../kit/sample-event';

export const woocommerceTemplates = [
  sampleEvent({
    id: 'woocommerce-order-created',
    provider: 'woocommerce',
    name: 'WooCommerce: order.created',
    description: 'A customer placed an order.',
    path: '/webhooks/woocommerce',
    headers: () => [
      ['X-WC-Webhook-Source', 'https://shop.example.com/'],
      ['X-WC-Webhook-Topic', 'order.created'],
      ['X-WC-Webhook-Resource', 'order'],
      ['X-WC-Webhook-Event', 'created'],
      ['X-WC-Webhook-ID', '12'],
    ],
    body: (ctx) => ({
      id: 727,
      status: 'processing',
      currency: 'USD',
      date_created: isoAt(ctx.nowUnix).slice(0, 19),
      total: '29.35',
      billing: { first_name: 'John', last_name: 'Doe', email: 'john.doe@example.com' },
      line_items: [{ id: 315, name: 'Woo Single #1', product_id: 93, quantity: 2, total: '6.00' }],
    }),
  }),
];
