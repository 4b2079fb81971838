// Buildkite: `X-Buildkite-Signature: timestamp=<unix>,signature=<hex>`, HMAC-SHA256 over
// `<timestamp>.<body>` keyed with the webhook's token, when the webhook is set to sign (it may
// send the token itself in X-Buildkite-Token instead). Checked against
// https://buildkite.com/docs/apis/webhooks/pipelines (buildkite/docs _webhook_signature.md,
// _verifying_hmac_signatures.md); the replay window is "your chosen window" there, so none is judged.
import { hmacProvider } from '../kit/hmac-provider';
import { buildkiteTemplates } from './templates';

export const buildkite = hmacProvider({
  id: 'buildkite',
  name: 'Buildkite',
  reference: 'https://buildkite.com/docs/apis/webhooks/pipelines',
  secretHint:
    'The webhook Token: Organization Settings › Notification Services › your webhook › Token (with "Signature" selected).',
  headers: ['X-Buildkite-Signature'],
  detectHeaders: ['X-Buildkite-Event'],
  layout: { kind: 'list', signatureKey: 'signature', timestampKey: 'timestamp' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{timestamp}.{body}',
  timestamp: { maxAgeSeconds: null, maxAheadSeconds: null },
  formatLabel: 'Buildkite: timestamp=<unix>,signature=<hex> over <timestamp>.<body>',
  warnings: (view) =>
    view.headers.has('x-buildkite-token') && !view.headers.has('x-buildkite-signature')
      ? [
          'This webhook sends its token in X-Buildkite-Token instead of a signature: choose "Signature" in the webhook settings to have requests signed.',
        ]
      : [],
  compose: { templates: buildkiteTemplates },
});
