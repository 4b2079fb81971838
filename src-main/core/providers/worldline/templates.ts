// A Worldline payment.captured webhook, as it is delivered.
import { isoAt, sampleEvent, uuidFrom } from '../kit/sample-event';

export const worldlineTemplates = [
  sampleEvent({
    id: 'worldline-payment-captured',
    provider: 'worldline',
    name: 'Worldline: payment.captured',
    description: 'A card payment of 29.99 EUR was captured.',
    path: '/webhooks/worldline',
    headers: () => [['X-GCS-KeyId', 'e1b1a1f2-b0c5-4f1c-9d2a-3b8e7c6d5f40']],
    body: (ctx) => ({
      apiVersion: 'v1',
      id: uuidFrom(ctx),
      created: isoAt(ctx.nowUnix),
      merchantId: '1234',
      type: 'payment.captured',
      payment: {
        id: `000000123410000${ctx.hex(3)}0000100001`,
        paymentOutput: {
          amountOfMoney: { amount: 2999, currencyCode: 'EUR' },
          references: { merchantReference: 'order-1001' },
        },
        status: 'CAPTURED',
        statusOutput: { isCancellable: false, statusCategory: 'COMPLETED', statusCode: 9 },
      },
    }),
  }),
];
