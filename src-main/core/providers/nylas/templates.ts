// A Nylas message.created notification, as a v3 webhook delivers it.
import { sampleEvent } from '../kit/sample-event';

export const nylasTemplates = [
  sampleEvent({
    id: 'nylas-message-created',
    provider: 'nylas',
    name: 'Nylas: message.created',
    description: 'A new email arrived in a connected mailbox.',
    path: '/webhooks/nylas',
    body: (ctx) => ({
      specversion: '1.0',
      type: 'message.created',
      source: '/google/emails/realtime',
      id: ctx.hex(12),
      time: ctx.nowUnix,
      webhook_delivery_attempt: 1,
      data: {
        application_id: ctx.hex(12),
        object: {
          grant_id: ctx.hex(12),
          id: ctx.hex(8),
          object: 'message',
          subject: 'Quarterly numbers',
          from: [{ email: 'leyah@example.com', name: 'Leyah Miller' }],
          date: ctx.nowUnix,
          unread: true,
        },
      },
    }),
  }),
];
