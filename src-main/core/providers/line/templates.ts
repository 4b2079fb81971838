// A LINE text message event, as the Messaging API webhook delivers it.
import { sampleEvent } from '../kit/sample-event';

export const lineTemplates = [
  sampleEvent({
    id: 'line-text-message',
    provider: 'line',
    name: 'LINE: text message',
    description: 'A user sent "Hello, world" to the bot.',
    path: '/webhooks/line',
    body: (ctx) => ({
      destination: `U${ctx.hex(16)}`,
      events: [
        {
          type: 'message',
          message: { type: 'text', id: '468789577898262530', quoteToken: ctx.hex(8), text: 'Hello, world' },
          webhookEventId: `01H${ctx.hex(11).toUpperCase()}`,
          deliveryContext: { isRedelivery: false },
          timestamp: ctx.nowUnix * 1000,
          source: { type: 'user', userId: `U${ctx.hex(16)}` },
          replyToken: ctx.hex(16),
          mode: 'active',
        },
      ],
    }),
  }),
];
