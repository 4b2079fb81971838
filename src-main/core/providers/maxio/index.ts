// Maxio Advanced Billing (formerly Chargify): `X-Chargify-Webhook-Signature-Hmac-Sha-256: <hex>`,
// HMAC-SHA256 of the raw (form-encoded) body keyed with the site's shared key
// (docs.maxio.com › Advanced Billing › Webhooks › Webhook signature).
import { hmacProvider } from '../kit/hmac-provider';
import { maxioTemplates } from './templates';

export const maxio = hmacProvider({
  id: 'maxio',
  name: 'Maxio Advanced Billing (Chargify)',
  reference: null,
  secretHint: 'Site Shared Key: Config › Integrations (Site Shared Key); not the API key.',
  headers: ['X-Chargify-Webhook-Signature-Hmac-Sha-256'],
  detectHeaders: ['X-Chargify-Webhook-Id'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Maxio (Chargify): hex HMAC-SHA256 of the body',
  compose: { templates: maxioTemplates },
});
