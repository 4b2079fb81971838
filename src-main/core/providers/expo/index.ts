// Expo Application Services: `expo-signature: sha1=<hex>`, HMAC-SHA1 of the raw body keyed with the
// webhook secret (16+ characters). Checked against https://docs.expo.dev/eas/webhooks/ (expo/expo
// docs/pages/eas/webhooks.mdx and its example server).
import { hmacProvider } from '../kit/hmac-provider';
import { expoTemplates } from './templates';

export const expo = hmacProvider({
  id: 'expo',
  name: 'Expo (EAS)',
  reference: 'https://docs.expo.dev/eas/webhooks/',
  secretHint:
    'The webhook secret (16+ characters) you passed to `eas webhook:create --secret` (or `eas webhook:update`).',
  headers: ['expo-signature'],
  layout: { kind: 'bare', prefix: 'sha1=' },
  algorithm: 'sha1',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Expo: sha1=<hex> HMAC-SHA1 of the body',
  compose: { templates: expoTemplates },
});
