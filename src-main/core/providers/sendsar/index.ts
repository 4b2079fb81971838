// Sendsar: X-Webhook-Signature sha256=<hex> over the body, keyed with the whsec_… text.
import type { ProviderDefinition } from '../types';
import { sendsarSigner } from './sign';
import { sendsarTemplates } from './templates';
import { detectSendsar, sendsarVerification } from './verify';

export const sendsar: ProviderDefinition = {
  id: 'sendsar',
  name: 'Sendsar',
  reference: null,
  secretKind: 'shared-secret',
  secretHint: 'Webhook secret whsec_… (used as text, prefix included; it is not an API key).',
  detect: detectSendsar,
  verification: sendsarVerification,
  receiverHandshake: null,
  resign: { signer: sendsarSigner },
  compose: { templates: sendsarTemplates },
  payloadFamilies: [],
};
