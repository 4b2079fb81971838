// Coinbase Commerce: `X-CC-Webhook-Signature: <hex>`, HMAC-SHA256 of the raw body keyed with the
// shared secret (docs.cdp.coinbase.com › Commerce › Webhooks security; coinbase-commerce-node).
import { hmacProvider } from '../kit/hmac-provider';
import { coinbaseCommerceTemplates } from './templates';

export const coinbaseCommerce = hmacProvider({
  id: 'coinbase-commerce',
  name: 'Coinbase Commerce',
  reference: null,
  secretHint: 'Shared secret: Commerce dashboard › Settings › Notifications › Show shared secret.',
  headers: ['X-CC-Webhook-Signature'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Coinbase Commerce: hex HMAC-SHA256 of the body',
  compose: { templates: coinbaseCommerceTemplates },
});
