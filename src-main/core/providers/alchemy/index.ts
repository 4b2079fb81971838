// Alchemy Notify: `X-Alchemy-Signature: <hex>`, HMAC-SHA256 of the raw body keyed with the
// webhook's signing key (docs.alchemy.com › Notify › Webhook security and authentication).
import { hmacProvider } from '../kit/hmac-provider';
import { alchemyTemplates } from './templates';

export const alchemy = hmacProvider({
  id: 'alchemy',
  name: 'Alchemy Notify',
  reference: null,
  secretHint:
    'Signing key of the webhook: Alchemy dashboard › Notify › your webhook › Signing key (not the API key).',
  headers: ['X-Alchemy-Signature'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Alchemy: hex HMAC-SHA256 of the body',
  compose: { templates: alchemyTemplates },
});
