// Braintree: signatures inside the form body, keyed with the API private key (see verify.ts).
import type { ProviderDefinition } from '../types';
import { braintreeVerification, detectBraintree } from './verify';

export const braintree: ProviderDefinition = {
  id: 'braintree',
  name: 'Braintree',
  reference: null,
  secretKind: 'shared-secret',
  secretHint:
    'The API private key of the key pair whose public key appears in bt_signature: Control Panel › Settings › API › API Keys (not the public key).',
  detect: detectBraintree,
  verification: braintreeVerification,
  receiverHandshake: null,
  resign: {
    refusal:
      'Braintree puts the signature in the form body (bt_signature); Hookscope replays body bytes as captured or edited and does not rewrite them',
  },
  compose: {
    noTemplates:
      'Braintree signs inside the form body, which Hookscope does not rewrite; send a test notification from the Control Panel (Webhooks › Check URL) instead.',
  },
  payloadFamilies: [],
};
