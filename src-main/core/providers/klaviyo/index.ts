// Klaviyo system webhooks: `Klaviyo-Signature: <hex>`, HMAC-SHA256 of the raw body followed by the
// Klaviyo-Timestamp header value, keyed with the webhook's secret key (developers.klaviyo.com ›
// Working with system webhooks). The timestamp is signed as sent, so no unit is assumed here.
import { hmacProvider } from '../kit/hmac-provider';
import { klaviyoTemplates } from './templates';

export const klaviyo = hmacProvider({
  id: 'klaviyo',
  name: 'Klaviyo',
  reference: null,
  secretHint:
    'The secret_key you set when creating the webhook with the Webhooks API (at least 16 characters; not a private API key).',
  headers: ['Klaviyo-Signature'],
  detectHeaders: ['Klaviyo-Timestamp', 'Klaviyo-Webhook-Id'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}{header:Klaviyo-Timestamp}',
  formatLabel: 'Klaviyo: hex HMAC-SHA256 of <body><Klaviyo-Timestamp>',
  compose: { templates: klaviyoTemplates },
});
