// An AfterShip tracking_update webhook, as it is delivered.
import { isoAt, sampleEvent } from '../kit/sample-event';

export const aftershipTemplates = [
  sampleEvent({
    id: 'aftership-tracking-update',
    provider: 'aftership',
    name: 'AfterShip: tracking_update',
    description: 'A parcel was delivered.',
    path: '/webhooks/aftership',
    body: (ctx) => ({
      event: 'tracking_update',
      event_id: `${ctx.hex(4)}-${ctx.hex(2)}`,
      is_tracking_first_tag: false,
      msg: {
        id: ctx.hex(12),
        tracking_number: '1Z999AA10123456784',
        slug: 'ups',
        tag: 'Delivered',
        subtag: 'Delivered_001',
        updated_at: isoAt(ctx.nowUnix),
      },
      ts: ctx.nowUnix,
    }),
  }),
];
