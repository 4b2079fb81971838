// Bolt: `X-Bolt-Hmac-Sha256: <base64>`, HMAC-SHA256 of the raw body keyed with the merchant Signing
// Secret; during a secret rotation `X-Bolt-Hmac-Sha256-Pending` carries the signature with the new
// secret (help.bolt.com › Developers › Webhooks › Hook verification).
import { hmacProvider } from '../kit/hmac-provider';
import { boltTemplates } from './templates';

export const bolt = hmacProvider({
  id: 'bolt',
  name: 'Bolt',
  reference: null,
  secretHint: 'Signing Secret: Merchant Dashboard › Administration › API › Signing Secret (not the API key).',
  headers: ['X-Bolt-Hmac-Sha256', 'X-Bolt-Hmac-Sha256-Pending'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'base64',
  template: '{body}',
  formatLabel: 'Bolt: base64 HMAC-SHA256 of the body',
  compose: { templates: boltTemplates },
});
