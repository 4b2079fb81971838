// Shopify: base64 HMAC-SHA256 of the body in X-Shopify-Hmac-Sha256.
import type { ProviderDefinition } from '../types';
import { shopifySigner } from './sign';
import { detectShopify, shopifyVerification } from './verify';

export const shopify: ProviderDefinition = {
  id: 'shopify',
  name: 'Shopify',
  reference: null,
  secretKind: 'shared-secret',
  secretHint: 'App client secret (API secret key); admin-created webhooks use Settings › Notifications key.',
  detect: detectShopify,
  verification: shopifyVerification,
  receiverHandshake: null,
  resign: { signer: shopifySigner },
  compose: {
    noTemplates: 'No sample Shopify event yet; replay a captured delivery to re-sign it.',
  },
  payloadFamilies: ['shopify-event'],
};
