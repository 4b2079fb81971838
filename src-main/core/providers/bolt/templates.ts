// A Bolt transaction webhook (payment authorized), as it is delivered.
import { sampleEvent } from '../kit/sample-event';

export const boltTemplates = [
  sampleEvent({
    id: 'bolt-transaction-auth',
    provider: 'bolt',
    name: 'Bolt: transaction auth',
    description: 'A payment of 42.00 USD was authorized.',
    path: '/webhooks/bolt',
    body: (ctx) => ({
      type: 'auth',
      object: 'transaction',
      data: {
        id: `TAe${ctx.hex(6)}`,
        reference: `${ctx.hex(2).toUpperCase()}-${ctx.hex(2).toUpperCase()}-${ctx.hex(2).toUpperCase()}`,
        amount: { amount: 4200, currency: 'USD', currency_symbol: '$' },
        status: 'authorized',
        date: ctx.nowUnix * 1000,
      },
    }),
  }),
];
