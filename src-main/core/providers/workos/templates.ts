// A WorkOS user.created event, as its webhook delivers it.
import { isoAt, sampleEvent } from '../kit/sample-event';

export const workosTemplates = [
  sampleEvent({
    id: 'workos-user-created',
    provider: 'workos',
    name: 'WorkOS: user.created',
    description: 'A user signed up through AuthKit.',
    path: '/webhooks/workos',
    body: (ctx) => ({
      id: `event_01${ctx.hex(12).toUpperCase()}`,
      event: 'user.created',
      data: {
        object: 'user',
        id: `user_01${ctx.hex(12).toUpperCase()}`,
        email: 'marcelina.davis@example.com',
        first_name: 'Marcelina',
        last_name: 'Davis',
        email_verified: true,
        created_at: isoAt(ctx.nowUnix),
        updated_at: isoAt(ctx.nowUnix),
      },
      created_at: isoAt(ctx.nowUnix),
    }),
  }),
];
