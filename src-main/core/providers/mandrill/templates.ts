// A Mandrill delivery: the form field mandrill_events holding a JSON array of events.
import type { EventTemplate } from '../../replay/templates/types';

export const mandrillTemplates: EventTemplate[] = [
  {
    id: 'mandrill-send',
    provider: 'mandrill',
    name: 'Mandrill: send',
    description: 'A message accepted for delivery (form field mandrill_events).',
    method: 'POST',
    path: '/webhooks/mandrill',
    contentType: 'application/x-www-form-urlencoded',
    build: (ctx) => ({
      headers: [
        ['Content-Type', 'application/x-www-form-urlencoded'],
        ['User-Agent', 'Mandrill-Webhook/1.0'],
      ],
      body: new URLSearchParams({
        mandrill_events: JSON.stringify([
          {
            event: 'send',
            _id: ctx.hex(16),
            ts: ctx.nowUnix,
            msg: {
              ts: ctx.nowUnix,
              subject: 'Your order has shipped',
              email: 'customer@example.test',
              sender: 'shop@example.test',
              state: 'sent',
              tags: ['shipping'],
            },
          },
        ]),
      }).toString(),
    }),
  },
];
