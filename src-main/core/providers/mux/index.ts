// Mux: `Mux-Signature: t=<unix>,v1=<hex>`, HMAC-SHA256 over `<t>.<body>` keyed with the webhook's
// signing secret; the SDK rejects timestamps older than 5 minutes (mux.com/docs › Verify webhook
// signatures).
import { hmacProvider } from '../kit/hmac-provider';
import { muxTemplates } from './templates';

export const mux = hmacProvider({
  id: 'mux',
  name: 'Mux',
  reference: null,
  secretHint: 'Signing secret: Settings › Webhooks › your endpoint › Show signing secret (one per endpoint).',
  headers: ['Mux-Signature'],
  layout: { kind: 'list', signatureKey: 'v1', timestampKey: 't' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{timestamp}.{body}',
  timestamp: { maxAgeSeconds: 300, maxAheadSeconds: null },
  formatLabel: 'Mux: t=<unix>,v1=<hex> over <t>.<body>',
  compose: { templates: muxTemplates },
});
