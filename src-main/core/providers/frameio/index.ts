// Frame.io: `X-Frameio-Signature: v0=<hex>`, HMAC-SHA256 over `v0:<X-Frameio-Request-Timestamp>:<body>`
// keyed with the webhook's signing secret; requests older than 5 minutes are to be rejected
// (developer.frame.io › Webhooks › Security and verification).
import { hmacProvider } from '../kit/hmac-provider';
import { frameioTemplates } from './templates';

export const frameio = hmacProvider({
  id: 'frameio',
  name: 'Frame.io',
  reference: null,
  secretHint:
    'The signing secret shown when the webhook was created (developer.frame.io › Webhooks, or the create-webhook response).',
  headers: ['X-Frameio-Signature'],
  layout: { kind: 'bare', prefix: 'v0=' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: 'v0:{timestamp}:{body}',
  timestamp: { header: 'X-Frameio-Request-Timestamp', maxAgeSeconds: 300, maxAheadSeconds: 300 },
  formatLabel: 'Frame.io: v0=<hex> over v0:<timestamp>:<body>',
  compose: { templates: frameioTemplates },
});
