// OpenAI webhooks follow Standard Webhooks: `webhook-id`, `webhook-timestamp`,
// `webhook-signature: v1,<base64>` over `<id>.<timestamp>.<body>` with the base64-decoded whsec_
// secret (platform.openai.com/docs › Webhooks). Events are `{"object":"event","type":"response.completed",…}`.
import { sampleEvent } from '../kit/sample-event';
import { standardWebhooksSender } from '../standard-webhooks/sender';

export const openai = standardWebhooksSender({
  id: 'openai',
  name: 'OpenAI',
  reference: null,
  secretHint:
    'Webhook signing secret whsec_…: platform.openai.com › Settings › Project › Webhooks (shown once at creation).',
  family: 'webhook',
  payload: (head) =>
    /"object"\s*:\s*"event"/.test(head) &&
    /"type"\s*:\s*"(response|batch|fine_tuning|eval|realtime)\.[a-z_.]+"/.test(head),
  templates: [
    sampleEvent({
      id: 'openai-response-completed',
      provider: 'openai',
      name: 'OpenAI: response.completed',
      description: 'A background response finished.',
      path: '/webhooks/openai',
      headers: (ctx) => [['webhook-id', `wh_${ctx.hex(12)}`]],
      body: (ctx) => ({
        object: 'event',
        id: `evt_${ctx.hex(12)}`,
        type: 'response.completed',
        created_at: ctx.nowUnix,
        data: { id: `resp_${ctx.hex(12)}` },
      }),
    }),
  ],
});
