// Cloudflare Stream: `Webhook-Signature: time=<unix>,sig1=<hex>`, HMAC-SHA256 over `<time>.<body>`
// keyed with the secret returned when the webhook URL was registered, used as text. Checked against
// https://developers.cloudflare.com/stream/manage-video-library/using-webhooks/ ("Verify webhook
// authenticity"), which leaves the accepted age to the application, so none is judged here. The
// header name is the Standard Webhooks one, so detection looks at the value's shape.
import { hmacProvider } from '../kit/hmac-provider';
import { cloudflareStreamTemplates } from './templates';

export const cloudflareStream = hmacProvider({
  id: 'cloudflare-stream',
  name: 'Cloudflare Stream',
  reference: 'https://developers.cloudflare.com/stream/manage-video-library/using-webhooks/',
  secretHint:
    'The "secret" returned by PUT /accounts/{account_id}/stream/webhook when you set the notification URL.',
  headers: ['Webhook-Signature'],
  detect: (view) => (/^\s*time=\d+\s*,\s*sig1=/.test(view.headers.get('webhook-signature') ?? '') ? 96 : 0),
  layout: { kind: 'list', signatureKey: 'sig1', timestampKey: 'time' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{timestamp}.{body}',
  timestamp: { maxAgeSeconds: null, maxAheadSeconds: null },
  formatLabel: 'Cloudflare Stream: time=<unix>,sig1=<hex> over <time>.<body>',
  compose: { templates: cloudflareStreamTemplates },
});
