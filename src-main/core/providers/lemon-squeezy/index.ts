// Lemon Squeezy: `X-Signature: <hex>`, HMAC-SHA256 of the raw body keyed with the webhook's signing
// secret (docs.lemonsqueezy.com › Webhooks › Signing requests). X-Event-Name names the event.
import { hmacProvider } from '../kit/hmac-provider';
import { lemonSqueezyTemplates } from './templates';

export const lemonSqueezy = hmacProvider({
  id: 'lemon-squeezy',
  name: 'Lemon Squeezy',
  reference: null,
  secretHint:
    'Signing secret: Settings › Webhooks › your webhook › Signing secret (6–40 characters you chose; not an API key).',
  headers: ['X-Signature'],
  // X-Signature alone is too common a name; Lemon Squeezy always sends X-Event-Name beside it.
  detect: (view) => (view.headers.has('x-signature') && view.headers.has('x-event-name') ? 92 : 0),
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Lemon Squeezy: hex HMAC-SHA256 of the body',
  compose: { templates: lemonSqueezyTemplates },
});
