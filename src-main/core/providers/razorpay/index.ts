// Razorpay: `X-Razorpay-Signature: <hex>`, HMAC-SHA256 of the raw body keyed with the webhook
// secret (razorpay.com/docs/webhooks › Validate webhooks).
import { hmacProvider } from '../kit/hmac-provider';
import { razorpayTemplates } from './templates';

export const razorpay = hmacProvider({
  id: 'razorpay',
  name: 'Razorpay',
  reference: null,
  secretHint:
    'The Webhook Secret you entered in Dashboard › Account & Settings › Webhooks (not the API key secret).',
  headers: ['X-Razorpay-Signature'],
  detectHeaders: ['X-Razorpay-Event-Id'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Razorpay: hex HMAC-SHA256 of the body',
  compose: { templates: razorpayTemplates },
});
