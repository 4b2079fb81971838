// Adyen for Platforms / Balance Platform webhooks: `HmacSignature: <base64>`, HMAC-SHA256 of the raw
// body keyed with the *hex-decoded* HMAC key (docs.adyen.com › Webhooks › Verify HMAC signatures ›
// Balance Platform). Payment webhooks carry the signature in the body instead (provider adyen).
import { hmacProvider } from '../kit/hmac-provider';
import { adyenPlatformTemplates } from './templates';

export const adyenPlatform = hmacProvider({
  id: 'adyen-platform',
  name: 'Adyen Balance Platform',
  reference: null,
  secretHint:
    'HMAC key (hex) of the webhook: Customer Area › Developers › Webhooks › your Balance Platform webhook › Security.',
  headers: ['HmacSignature'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'base64',
  template: '{body}',
  key: 'hex',
  formatLabel: 'Adyen Balance Platform: HmacSignature base64 HMAC-SHA256 of the body, hex-decoded key',
  compose: { templates: adyenPlatformTemplates },
});
