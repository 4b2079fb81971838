// Vercel: `x-vercel-signature: <hex>`, HMAC-SHA1 of the raw body keyed with the webhook secret
// (vercel.com/docs/webhooks › Securing webhooks).
import { hmacProvider } from '../kit/hmac-provider';
import { vercelTemplates } from './templates';

export const vercel = hmacProvider({
  id: 'vercel',
  name: 'Vercel',
  reference: null,
  secretHint:
    'Webhook secret, shown once when the webhook is created (Team Settings › Webhooks); integration webhooks use the integration Client Secret.',
  headers: ['x-vercel-signature'],
  layout: { kind: 'bare' },
  algorithm: 'sha1',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Vercel: hex HMAC-SHA1 of the body',
  compose: { templates: vercelTemplates },
});
