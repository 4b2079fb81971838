// WaSphere: v1,sha256=<hex> over <timestamp>.<body> (real deliveries) or the guide's body-only seed format.
import type { ProviderDefinition } from '../types';
import { wasphereSigner } from './sign';
import { wasphereTemplates } from './templates';
import { detectWasphere, wasphereVerification } from './verify';

export const wasphere: ProviderDefinition = {
  id: 'wasphere',
  name: 'WaSphere',
  reference: null,
  secretKind: 'shared-secret',
  secretHint: 'The "secret" you set when registering the webhook (WASPHERE_WEBHOOK_SECRET).',
  detect: detectWasphere,
  verification: wasphereVerification,
  receiverHandshake: null,
  resign: { signer: wasphereSigner },
  compose: { templates: wasphereTemplates },
  payloadFamilies: ['wasphere'],
};
