// Replicate webhooks follow Standard Webhooks: `webhook-id`, `webhook-timestamp`,
// `webhook-signature: v1,<base64>` over `<id>.<timestamp>.<body>` with the base64-decoded whsec_
// secret from GET /v1/webhooks/default/secret (replicate.com/docs › Webhooks › Verifying webhooks).
// The body is the prediction, whose `urls` point at api.replicate.com.
import { isoAt, sampleEvent } from '../kit/sample-event';
import { standardWebhooksSender } from '../standard-webhooks/sender';

export const replicate = standardWebhooksSender({
  id: 'replicate',
  name: 'Replicate',
  reference: null,
  secretHint:
    'The key whsec_… returned by GET https://api.replicate.com/v1/webhooks/default/secret (not your API token).',
  family: 'webhook',
  payload: (head) => head.includes('api.replicate.com/v1/predictions'),
  templates: [
    sampleEvent({
      id: 'replicate-prediction-succeeded',
      provider: 'replicate',
      name: 'Replicate: prediction succeeded',
      description: 'A prediction finished with status succeeded.',
      path: '/webhooks/replicate',
      headers: (ctx) => [['webhook-id', `msg_${ctx.hex(12)}`]],
      body: (ctx) => {
        const id = ctx.hex(10);
        return {
          id,
          model: 'black-forest-labs/flux-schnell',
          version: ctx.hex(32),
          input: { prompt: 'an astronaut riding a horse' },
          output: [`https://replicate.delivery/xezq/${ctx.hex(8)}/out-0.webp`],
          status: 'succeeded',
          created_at: isoAt(ctx.nowUnix - 5),
          completed_at: isoAt(ctx.nowUnix),
          urls: {
            get: `https://api.replicate.com/v1/predictions/${id}`,
            cancel: `https://api.replicate.com/v1/predictions/${id}/cancel`,
          },
        };
      },
    }),
  ],
});
