// Generic HMAC: the user's own scheme (settings.genericHmac) for senders Hookscope does not know.
import type { ProviderDefinition } from '../types';
import { genericSigner } from './sign';
import { detectGenericHmac, genericHmacVerification } from './verify';

export const generic: ProviderDefinition = {
  id: 'generic',
  name: 'Generic HMAC',
  reference: null,
  secretKind: 'shared-secret',
  secretHint: 'The shared secret your sender signs with; configure header, algorithm and template.',
  detect: detectGenericHmac,
  verification: genericHmacVerification,
  receiverHandshake: null,
  resign: { signer: genericSigner },
  compose: {
    noTemplates:
      'The scheme is yours (settings › generic HMAC): compose the request by hand and sign it with that preset.',
  },
  payloadFamilies: [],
};
