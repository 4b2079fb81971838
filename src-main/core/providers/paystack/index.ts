// Paystack: `x-paystack-signature: <hex>`, HMAC-SHA512 of the raw body keyed with the secret key
// (paystack.com/docs › Payments › Webhooks › Verify event origin).
import { hmacProvider } from '../kit/hmac-provider';
import { paystackTemplates } from './templates';

export const paystack = hmacProvider({
  id: 'paystack',
  name: 'Paystack',
  reference: null,
  secretHint:
    'Your secret key sk_live_… / sk_test_…: Dashboard › Settings › API Keys & Webhooks (Paystack signs with it).',
  headers: ['x-paystack-signature'],
  layout: { kind: 'bare' },
  algorithm: 'sha512',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Paystack: hex HMAC-SHA512 of the body',
  compose: { templates: paystackTemplates },
});
