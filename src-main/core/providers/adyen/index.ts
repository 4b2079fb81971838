// Adyen payment webhooks: the signature travels inside the JSON body (see verify.ts).
import type { ProviderDefinition } from '../types';
import { adyenVerification, detectAdyen } from './verify';

export const adyen: ProviderDefinition = {
  id: 'adyen',
  name: 'Adyen (payment webhooks)',
  reference: 'https://docs.adyen.com/development-resources/webhooks/secure-webhooks/verify-hmac-signatures',
  secretKind: 'shared-secret',
  secretHint:
    'HMAC key (64 hex characters): Customer Area › Developers › Webhooks › your Standard webhook › Security › HMAC key.',
  detect: detectAdyen,
  verification: adyenVerification,
  receiverHandshake: null,
  resign: {
    refusal:
      'Adyen puts the signature inside the JSON body (additionalData.hmacSignature); Hookscope replays body bytes as captured or edited and does not rewrite them',
  },
  compose: {
    noTemplates:
      'Adyen signs inside the body, which Hookscope does not rewrite; use "Test configuration" in the Customer Area or replay a captured notification.',
  },
  payloadFamilies: [],
};
