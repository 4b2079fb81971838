// Zendesk: `X-Zendesk-Webhook-Signature: <base64>`, HMAC-SHA256 over the value of
// X-Zendesk-Webhook-Signature-Timestamp followed by the raw body, keyed with the webhook's signing
// secret (developer.zendesk.com › Webhooks › Verifying webhook authenticity). Zendesk states no
// replay window, so the timestamp is signed but not judged.
import { hmacProvider } from '../kit/hmac-provider';
import { zendeskTemplates } from './templates';

export const zendesk = hmacProvider({
  id: 'zendesk',
  name: 'Zendesk',
  reference: null,
  secretHint:
    'Signing secret: Admin Center › Apps and integrations › Webhooks › your webhook › Reveal secret.',
  headers: ['X-Zendesk-Webhook-Signature'],
  detectHeaders: ['X-Zendesk-Webhook-Id'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'base64',
  template: '{header:X-Zendesk-Webhook-Signature-Timestamp}{body}',
  formatLabel: 'Zendesk: base64 HMAC-SHA256 over <timestamp header><body>',
  compose: { templates: zendeskTemplates },
});
