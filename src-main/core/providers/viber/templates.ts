// A Viber message callback, as the REST Bot API delivers it.
import { sampleEvent } from '../kit/sample-event';

export const viberTemplates = [
  sampleEvent({
    id: 'viber-message',
    provider: 'viber',
    name: 'Viber: message',
    description: 'A subscriber sent a text message to the bot.',
    path: '/webhooks/viber',
    body: (ctx) => ({
      event: 'message',
      timestamp: ctx.nowUnix * 1000,
      chat_hostname: 'SN-376_',
      message_token: 4912661846655238,
      sender: { id: `${ctx.hex(11)}==`, name: 'John McClane', language: 'en', country: 'UK', api_version: 1 },
      message: { type: 'text', text: 'a message to the service', tracking_data: 'tracking data' },
      silent: false,
    }),
  }),
];
