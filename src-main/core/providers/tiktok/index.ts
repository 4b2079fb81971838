// TikTok for Developers: `TikTok-Signature: t=<unix>,s=<hex>`, HMAC-SHA256 over `<t>.<body>` keyed
// with the app's client secret (developers.tiktok.com › Webhooks › Check the signature). TikTok
// Shop signs differently (Authorization header) and is not this provider.
import { hmacProvider } from '../kit/hmac-provider';
import { tiktokTemplates } from './templates';

export const tiktok = hmacProvider({
  id: 'tiktok',
  name: 'TikTok for Developers',
  reference: null,
  secretHint: 'The app Client secret: developers.tiktok.com › Manage apps › your app › App details.',
  headers: ['TikTok-Signature'],
  layout: { kind: 'list', signatureKey: 's', timestampKey: 't' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{timestamp}.{body}',
  timestamp: { maxAgeSeconds: null, maxAheadSeconds: null },
  formatLabel: 'TikTok: t=<unix>,s=<hex> over <t>.<body>',
  compose: { templates: tiktokTemplates },
});
