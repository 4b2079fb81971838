// Linear: Linear-Signature hex HMAC-SHA256 of the body, with webhookTimestamp inside the JSON.
import type { ProviderDefinition } from '../types';
import { detectLinear, linearVerification } from './verify';

export const linear: ProviderDefinition = {
  id: 'linear',
  name: 'Linear',
  reference: null,
  secretKind: 'shared-secret',
  secretHint: 'Webhook signing secret: Settings › API › Webhooks.',
  detect: detectLinear,
  verification: linearVerification,
  receiverHandshake: null,
  resign: {
    refusal: 'Linear signs a timestamp inside the JSON body; re-signing it is not supported',
  },
  compose: {
    noTemplates: 'Hookscope cannot re-sign Linear deliveries, so a sample would never verify.',
  },
  payloadFamilies: ['linear-event'],
};
