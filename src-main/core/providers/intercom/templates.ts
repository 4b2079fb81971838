// An Intercom conversation.user.created notification.
import { sampleEvent } from '../kit/sample-event';

export const intercomTemplates = [
  sampleEvent({
    id: 'intercom-conversation-user-created',
    provider: 'intercom',
    name: 'Intercom: conversation.user.created',
    description: 'A customer started a conversation.',
    path: '/webhooks/intercom',
    headers: () => [['User-Agent', 'Intercom-Webhooks']],
    body: (ctx) => ({
      type: 'notification_event',
      app_id: 'ecahpwf5',
      data: {
        type: 'notification_event_data',
        item: {
          type: 'conversation',
          id: String(Number.parseInt(ctx.hex(5), 16)),
          created_at: ctx.nowUnix,
          source: { type: 'conversation', body: '<p>Hi, my order has not arrived.</p>' },
        },
      },
      id: `notif_${ctx.hex(16)}`,
      topic: 'conversation.user.created',
      delivery_status: 'pending',
      delivery_attempts: 1,
      created_at: ctx.nowUnix,
    }),
  }),
];
