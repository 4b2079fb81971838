// Expo Application Services: `expo-signature: sha1=<hex>`, HMAC-SHA1 of the raw body keyed with the
// webhook secret (docs.expo.dev › EAS › Webhooks).
import { hmacProvider } from '../kit/hmac-provider';
import { expoTemplates } from './templates';

export const expo = hmacProvider({
  id: 'expo',
  name: 'Expo (EAS)',
  reference: null,
  secretHint:
    'The webhook secret you passed to `eas webhook:create` (or set in expo.dev › Project › Webhooks).',
  headers: ['expo-signature'],
  layout: { kind: 'bare', prefix: 'sha1=' },
  algorithm: 'sha1',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Expo: sha1=<hex> HMAC-SHA1 of the body',
  compose: { templates: expoTemplates },
});
