// Sample events for compose / test events (signed afterwards by the provider's signer). Standard Webhooks: a Clerk-style user.created.
import { json, type EventTemplate } from '../../replay/templates/types';

export const standardWebhooksTemplates: EventTemplate[] = [
  {
    id: 'standard-webhooks-user-created',
    provider: 'standard-webhooks',
    name: 'Standard Webhooks: user.created',
    description:
      'A Clerk-style event signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature).',
    method: 'POST',
    path: '/webhooks/standard',
    contentType: 'application/json',
    build: (ctx) => ({
      headers: [
        ['Content-Type', 'application/json'],
        ['webhook-id', `msg_${ctx.hex(12)}`],
      ],
      body: json({
        type: 'user.created',
        timestamp: new Date(ctx.nowUnix * 1000).toISOString(),
        data: { id: `user_${ctx.hex(8)}`, email_addresses: [{ email_address: 'ana@example.test' }] },
      }),
    }),
  },
];
