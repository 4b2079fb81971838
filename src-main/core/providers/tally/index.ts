// Tally: `Tally-Signature: <base64>`, HMAC-SHA256 of the raw JSON body keyed with the webhook's
// signing secret. Checked against https://tally.so/help/webhooks ("Add a signing secret" and its
// Express example, which base64-encodes the digest).
import { hmacProvider } from '../kit/hmac-provider';
import { tallyTemplates } from './templates';

export const tally = hmacProvider({
  id: 'tally',
  name: 'Tally',
  reference: 'https://tally.so/help/webhooks',
  secretHint: 'Signing secret: form › Integrations › Webhooks › your webhook › Signing secret.',
  headers: ['Tally-Signature'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'base64',
  template: '{body}',
  formatLabel: 'Tally: base64 HMAC-SHA256 of the body',
  compose: { templates: tallyTemplates },
});
