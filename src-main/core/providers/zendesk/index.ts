// Zendesk: `X-Zendesk-Webhook-Signature: <base64>`, HMAC-SHA256 over the value of
// X-Zendesk-Webhook-Signature-Timestamp followed by the raw body, keyed with the webhook's signing
// secret (https://developer.zendesk.com/documentation/webhooks/verifying/). That page says the
// signed timestamp helps against replays but publishes no window, and Hookscope does not invent
// one: the timestamp is covered by the signature but its age is not judged (the label says so).
import { hmacProvider } from '../kit/hmac-provider';
import { zendeskTemplates } from './templates';

export const zendesk = hmacProvider({
  id: 'zendesk',
  name: 'Zendesk',
  reference: 'https://developer.zendesk.com/documentation/webhooks/verifying/',
  secretHint:
    'Signing secret: Admin Center › Apps and integrations › Webhooks › your webhook › Reveal secret.',
  headers: ['X-Zendesk-Webhook-Signature'],
  detectHeaders: ['X-Zendesk-Webhook-Id'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'base64',
  template: '{header:X-Zendesk-Webhook-Signature-Timestamp}{body}',
  formatLabel:
    'Zendesk: base64 HMAC-SHA256 over <timestamp header><body> (no published replay window, so its age is not judged)',
  compose: { templates: zendeskTemplates },
});
