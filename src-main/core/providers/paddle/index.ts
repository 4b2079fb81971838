// Paddle Billing: Paddle-Signature ts=<unix>;h1=<hex> over <ts>:<body>.
import type { ProviderDefinition } from '../types';
import { paddleSigner } from './sign';
import { detectPaddle, paddleVerification } from './verify';

export const paddle: ProviderDefinition = {
  id: 'paddle',
  name: 'Paddle Billing',
  reference: null,
  secretKind: 'shared-secret',
  secretHint: 'Notification destination secret key pdl_ntfset_…: Developer tools › Notifications.',
  detect: detectPaddle,
  verification: paddleVerification,
  receiverHandshake: null,
  resign: { signer: paddleSigner },
  compose: {
    noTemplates: 'No sample Paddle event yet; replay a captured delivery to re-sign it.',
  },
  payloadFamilies: ['paddle-event'],
};
