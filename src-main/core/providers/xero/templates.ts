// A Xero invoice update, as its webhook delivers it.
import { isoAt, sampleEvent, uuidFrom } from '../kit/sample-event';

export const xeroTemplates = [
  sampleEvent({
    id: 'xero-invoice-update',
    provider: 'xero',
    name: 'Xero: invoice UPDATE',
    description: 'An invoice changed in a connected organisation.',
    path: '/webhooks/xero',
    body: (ctx) => ({
      events: [
        {
          resourceUrl: `https://api.xero.com/api.xro/2.0/Invoices/${uuidFrom(ctx)}`,
          resourceId: uuidFrom(ctx),
          eventDateUtc: isoAt(ctx.nowUnix).replace('Z', ''),
          eventType: 'UPDATE',
          eventCategory: 'INVOICE',
          tenantId: uuidFrom(ctx),
          tenantType: 'ORGANISATION',
        },
      ],
      firstEventSequence: 1,
      lastEventSequence: 1,
      entropy: ctx.hex(10).toUpperCase(),
    }),
  }),
];
