// Clerk delivers its webhooks through Svix: `svix-id`, `svix-timestamp`, `svix-signature: v1,<base64>`
// over `<id>.<timestamp>.<body>` with the base64-decoded whsec_ secret (clerk.com/docs › Webhooks ›
// Verify webhooks). Its events are `{"object":"event","type":"user.created",…}`.
import { isoAt, sampleEvent } from '../kit/sample-event';
import { standardWebhooksSender } from '../standard-webhooks/sender';

export const clerk = standardWebhooksSender({
  id: 'clerk',
  name: 'Clerk',
  reference: null,
  secretHint: 'Signing Secret whsec_…: Clerk Dashboard › Configure › Webhooks › your endpoint.',
  family: 'svix',
  payload: (head) => /"object"\s*:\s*"event"/.test(head),
  templates: [
    sampleEvent({
      id: 'clerk-user-created',
      provider: 'clerk',
      name: 'Clerk: user.created',
      description: 'A user signed up.',
      path: '/webhooks/clerk',
      headers: (ctx) => [['svix-id', `msg_${ctx.hex(12)}`]],
      body: (ctx) => ({
        data: {
          id: `user_${ctx.hex(12)}`,
          object: 'user',
          first_name: 'Example',
          last_name: 'Example',
          email_addresses: [{ id: `idn_${ctx.hex(12)}`, email_address: 'example@example.org' }],
          created_at: ctx.nowUnix * 1000,
        },
        event_attributes: { http_request: { client_ip: '0.0.0.0', user_agent: 'Mozilla/5.0' } },
        instance_id: `ins_${ctx.hex(12)}`,
        object: 'event',
        timestamp: ctx.nowUnix * 1000,
        type: 'user.created',
        created: isoAt(ctx.nowUnix),
      }),
    }),
  ],
});
