// Paystack: `x-paystack-signature: <hex>`, HMAC-SHA512 of the raw body keyed with the secret key.
// Checked against Paystack's own doc snippets (PaystackOSS/doc-code-snippets,
// src/doc/payments/webhooks/verifying-transaction: hash_hmac('sha512', $input, SECRET_KEY)), the code
// shown on paystack.com/docs/payments/webhooks.
import { hmacProvider } from '../kit/hmac-provider';
import { paystackTemplates } from './templates';

export const paystack = hmacProvider({
  id: 'paystack',
  name: 'Paystack',
  reference:
    'https://github.com/PaystackOSS/doc-code-snippets/blob/main/src/doc/payments/webhooks/verifying-transaction/index.php',
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
