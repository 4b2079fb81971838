// A Zendesk trigger webhook for a new ticket.
import { isoAt, sampleEvent } from '../kit/sample-event';

export const zendeskTemplates = [
  sampleEvent({
    id: 'zendesk-ticket-created',
    provider: 'zendesk',
    name: 'Zendesk: ticket created (trigger)',
    description: 'A trigger webhook for a new ticket.',
    path: '/webhooks/zendesk',
    headers: (ctx) => [
      ['X-Zendesk-Webhook-Id', `01${ctx.hex(12).toUpperCase()}`],
      ['X-Zendesk-Webhook-Invocation-Id', String(Number.parseInt(ctx.hex(4), 16))],
      ['X-Zendesk-Webhook-Signature-Timestamp', isoAt(ctx.nowUnix).replace('.000Z', 'Z')],
      ['User-Agent', 'Zendesk Webhook'],
    ],
    body: (ctx) => ({
      ticket: {
        id: 35436,
        subject: 'My printer is on fire!',
        status: 'new',
        priority: 'urgent',
        requester: { name: 'The Customer', email: 'customer@example.test' },
        created_at: isoAt(ctx.nowUnix),
      },
    }),
  }),
];
