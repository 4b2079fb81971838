// Klaviyo system webhooks: `Klaviyo-Signature: <hex>`, HMAC-SHA256 of the raw body followed by the
// Klaviyo-Timestamp header value, keyed with the webhook's secret key
// (https://developers.klaviyo.com/en/docs/working_with_system_webhooks). Klaviyo publishes no replay
// window for it, so Hookscope does not invent one: the timestamp is signed as sent, no unit is
// assumed, and its age is not judged (the label says so).
import { hmacProvider } from '../kit/hmac-provider';
import { klaviyoTemplates } from './templates';

export const klaviyo = hmacProvider({
  id: 'klaviyo',
  name: 'Klaviyo',
  reference: 'https://developers.klaviyo.com/en/docs/working_with_system_webhooks',
  secretHint:
    'The secret_key you set when creating the webhook with the Webhooks API (at least 16 characters; not a private API key).',
  headers: ['Klaviyo-Signature'],
  detectHeaders: ['Klaviyo-Timestamp', 'Klaviyo-Webhook-Id'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}{header:Klaviyo-Timestamp}',
  formatLabel:
    'Klaviyo: hex HMAC-SHA256 of <body><Klaviyo-Timestamp> (no published replay window, so its age is not judged)',
  compose: { templates: klaviyoTemplates },
});
