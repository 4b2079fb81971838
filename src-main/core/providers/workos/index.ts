// WorkOS: `WorkOS-Signature: t=<unix ms>, v1=<hex>`, HMAC-SHA256 over `<t>.<body>` keyed with the
// endpoint's secret; the SDKs' default tolerance is 180 s (workos.com/docs › Events › Webhooks;
// workos-node webhooks.ts).
import { hmacProvider } from '../kit/hmac-provider';
import { workosTemplates } from './templates';

export const workos = hmacProvider({
  id: 'workos',
  name: 'WorkOS',
  reference: null,
  secretHint: 'Webhook secret: Dashboard › Webhooks › your endpoint › Secret.',
  headers: ['WorkOS-Signature'],
  layout: { kind: 'list', signatureKey: 'v1', timestampKey: 't' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{timestamp}.{body}',
  timestamp: { unit: 'ms', maxAgeSeconds: 180, maxAheadSeconds: null },
  formatLabel: 'WorkOS: t=<unix ms>, v1=<hex> over <t>.<body>',
  compose: { templates: workosTemplates },
});
