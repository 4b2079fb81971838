// Calendly: `Calendly-Webhook-Signature: t=<unix>,v1=<hex>`, HMAC-SHA256 over `<t>.<body>` keyed
// with the subscription's signing key; Calendly's own example rejects timestamps older than three
// minutes (developer.calendly.com › Webhook signatures).
import { hmacProvider } from '../kit/hmac-provider';
import { calendlyTemplates } from './templates';

export const calendly = hmacProvider({
  id: 'calendly',
  name: 'Calendly',
  reference: null,
  secretHint:
    'Webhook signing key: the signing_key you set when creating the subscription (OAuth apps: the key shown in the Developer Portal app).',
  headers: ['Calendly-Webhook-Signature'],
  layout: { kind: 'list', signatureKey: 'v1', timestampKey: 't' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{timestamp}.{body}',
  timestamp: { maxAgeSeconds: 180, maxAheadSeconds: null },
  formatLabel: 'Calendly: t=<unix>,v1=<hex> over <t>.<body>',
  compose: { templates: calendlyTemplates },
});
