// Mollie next-gen webhooks: `X-Mollie-Signature: sha256=<hex>`, HMAC-SHA256 of the raw body keyed
// with the subscription's shared secret (docs.mollie.com › Webhooks › Best practices). Classic
// per-payment webhooks (`id=tr_…` form posts) are unsigned.
import { hmacProvider } from '../kit/hmac-provider';
import { mollieTemplates } from './templates';

export const mollie = hmacProvider({
  id: 'mollie',
  name: 'Mollie',
  reference: null,
  secretHint:
    'The webhook subscription secret: Dashboard › Developers › Webhooks › your webhook (not the live_/test_ API key).',
  headers: ['X-Mollie-Signature'],
  layout: { kind: 'bare', prefix: 'sha256=' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Mollie: sha256=<hex> HMAC-SHA256 of the body',
  compose: { templates: mollieTemplates },
});
