// Square: base64 HMAC-SHA256 of the notification URL + body (legacy SHA-1 header too).
import type { ProviderDefinition } from '../types';
import { squareSigner } from './sign';
import { detectSquare, squareVerification } from './verify';

export const square: ProviderDefinition = {
  id: 'square',
  name: 'Square',
  reference: null,
  secretKind: 'shared-secret',
  secretHint: 'Subscription signature key: Developer Dashboard › Webhooks › subscription.',
  detect: detectSquare,
  verification: squareVerification,
  receiverHandshake: null,
  resign: { signer: squareSigner },
  compose: {
    noTemplates: 'No sample Square event yet; replay a captured delivery to re-sign it.',
  },
  payloadFamilies: ['square-event'],
};
