// Resend delivers its webhooks through Svix: `svix-id`, `svix-timestamp`, `svix-signature: v1,<base64>`
// over `<id>.<timestamp>.<body>` with the base64-decoded whsec_ secret (resend.com/docs ›
// Webhooks › Verify webhooks requests). Events are `{"type":"email.delivered","data":{"email_id":…}}`.
import { isoAt, sampleEvent, uuidFrom } from '../kit/sample-event';
import { standardWebhooksSender } from '../standard-webhooks/sender';

export const resend = standardWebhooksSender({
  id: 'resend',
  name: 'Resend',
  reference: null,
  secretHint: 'Signing secret whsec_…: Resend dashboard › Webhooks › your endpoint.',
  family: 'svix',
  payload: (head) =>
    !/"object"\s*:\s*"event"/.test(head) && /"type"\s*:\s*"(email|contact|domain)\.[a-z_.]+"/.test(head),
  templates: [
    sampleEvent({
      id: 'resend-email-delivered',
      provider: 'resend',
      name: 'Resend: email.delivered',
      description: 'An email was delivered to the recipient.',
      path: '/webhooks/resend',
      headers: (ctx) => [['svix-id', `msg_${ctx.hex(12)}`]],
      body: (ctx) => ({
        type: 'email.delivered',
        created_at: isoAt(ctx.nowUnix),
        data: {
          created_at: isoAt(ctx.nowUnix - 2),
          email_id: uuidFrom(ctx),
          from: 'Acme <onboarding@resend.dev>',
          to: ['delivered@resend.dev'],
          subject: 'Sending this example',
        },
      }),
    }),
  ],
});
