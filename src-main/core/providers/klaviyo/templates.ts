// A Klaviyo system webhook batch (an email opened), as the Webhooks API delivers it.
import { isoAt, sampleEvent } from '../kit/sample-event';

export const klaviyoTemplates = [
  sampleEvent({
    id: 'klaviyo-opened-email',
    provider: 'klaviyo',
    name: 'Klaviyo: opened email',
    description: 'A profile opened a campaign email.',
    path: '/webhooks/klaviyo',
    headers: (ctx) => [
      ['Klaviyo-Webhook-Id', `01J${ctx.hex(11).toUpperCase()}`],
      ['Klaviyo-Timestamp', isoAt(ctx.nowUnix)],
    ],
    body: (ctx) => ({
      data: [
        {
          topic: 'event:klaviyo.opened_email',
          payload: {
            data: {
              type: 'event',
              id: ctx.hex(12),
              attributes: { timestamp: ctx.nowUnix, datetime: isoAt(ctx.nowUnix), event_properties: {} },
            },
          },
        },
      ],
      meta: { timestamp: isoAt(ctx.nowUnix) },
    }),
  }),
];
