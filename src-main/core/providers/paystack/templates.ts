// A Paystack charge.success event, as its webhook delivers it.
import { isoAt, sampleEvent } from '../kit/sample-event';

export const paystackTemplates = [
  sampleEvent({
    id: 'paystack-charge-success',
    provider: 'paystack',
    name: 'Paystack: charge.success',
    description: 'A card payment of 200 NGN succeeded.',
    path: '/webhooks/paystack',
    body: (ctx) => ({
      event: 'charge.success',
      data: {
        id: 302961,
        domain: 'live',
        status: 'success',
        reference: `qTPrJoy9Bx${ctx.hex(2)}`,
        amount: 20000,
        gateway_response: 'Approved by Financial Institution',
        paid_at: isoAt(ctx.nowUnix),
        channel: 'card',
        currency: 'NGN',
        customer: { id: 68324, email: 'customer@email.com', customer_code: 'CUS_qo38as2hpsgk2r0' },
      },
    }),
  }),
];
