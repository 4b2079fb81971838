// Nylas (API v3): `x-nylas-signature: <hex>`, HMAC-SHA256 of the body bytes as sent (with compressed
// delivery on, the gzip bytes), keyed with the webhook_secret returned when the webhook was created.
// Checked against https://developer.nylas.com/docs/cookbook/use-cases/build/verify-webhook-signatures/.
import { hmacProvider } from '../kit/hmac-provider';
import { nylasChallenge } from './handshake';
import { nylasTemplates } from './templates';

export const nylas = hmacProvider({
  id: 'nylas',
  name: 'Nylas',
  reference: 'https://developer.nylas.com/docs/cookbook/use-cases/build/verify-webhook-signatures/',
  secretHint:
    'Webhook secret: the webhook_secret returned when the webhook was created (Dashboard › Notifications, or rotate-secret).',
  headers: ['x-nylas-signature'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Nylas: hex HMAC-SHA256 of the body as sent',
  detect: (view) => (view.headers.has('x-nylas-signature') ? 95 : nylasChallenge.handshake(view) ? 60 : 0),
  handshake: nylasChallenge.handshake,
  receiverHandshake: nylasChallenge.receiverHandshake,
  compose: { templates: nylasTemplates },
});
