// Sanity GROQ-powered webhooks: `sanity-webhook-signature: t=<ms>,v1=<base64url>`, HMAC-SHA256 over
// `<t>.<body>` keyed with the webhook's secret, base64url without padding. Read from the
// @sanity/webhook toolkit (github.com/sanity-io/webhook-toolkit), which checks no age window.
import { hmacProvider } from '../kit/hmac-provider';
import { sanityTemplates } from './templates';

export const sanity = hmacProvider({
  id: 'sanity',
  name: 'Sanity',
  reference: null,
  secretHint: 'The Secret set on the webhook: sanity.io/manage › project › API › Webhooks › Edit › Secret.',
  headers: ['sanity-webhook-signature'],
  detectHeaders: ['sanity-webhook-id'],
  layout: { kind: 'list', signatureKey: 'v1', timestampKey: 't' },
  algorithm: 'sha256',
  encoding: 'base64url',
  template: '{timestamp}.{body}',
  timestamp: { unit: 'ms', maxAgeSeconds: null, maxAheadSeconds: null },
  formatLabel: 'Sanity: t=<ms>,v1=<base64url> over <t>.<body>',
  compose: { templates: sanityTemplates },
});
