// A captured Razorpay payment, as its webhook delivers it.
import { sampleEvent } from '../kit/sample-event';

export const razorpayTemplates = [
  sampleEvent({
    id: 'razorpay-payment-captured',
    provider: 'razorpay',
    name: 'Razorpay: payment.captured',
    description: 'A card payment of ₹500 captured.',
    path: '/webhooks/razorpay',
    headers: (ctx) => [['X-Razorpay-Event-Id', ctx.hex(7)]],
    body: (ctx) => ({
      entity: 'event',
      account_id: `acc_${ctx.hex(7)}`,
      event: 'payment.captured',
      contains: ['payment'],
      payload: {
        payment: {
          entity: {
            id: `pay_${ctx.hex(7)}`,
            entity: 'payment',
            amount: 50000,
            currency: 'INR',
            status: 'captured',
            order_id: `order_${ctx.hex(7)}`,
            method: 'card',
            captured: true,
            email: 'gaurav.kumar@example.com',
            contact: '+919876543210',
            created_at: ctx.nowUnix - 5,
          },
        },
      },
      created_at: ctx.nowUnix,
    }),
  }),
];
