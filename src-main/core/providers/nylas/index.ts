// Nylas (API v3): `x-nylas-signature: <hex>`, HMAC-SHA256 of the body bytes as sent, keyed with the
// webhook secret returned when the webhook was created; with compressed delivery on, that is the
// gzip bytes (developer.nylas.com › Webhooks › Verify webhook signatures).
import { hmacProvider } from '../kit/hmac-provider';
import { nylasTemplates } from './templates';

export const nylas = hmacProvider({
  id: 'nylas',
  name: 'Nylas',
  reference: null,
  secretHint:
    'Webhook secret: the webhook_secret returned when the webhook was created (Dashboard › Notifications, or rotate-secret).',
  headers: ['x-nylas-signature'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Nylas: hex HMAC-SHA256 of the body as sent',
  compose: { templates: nylasTemplates },
});
