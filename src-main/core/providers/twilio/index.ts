// Twilio: X-Twilio-Signature, base64 HMAC-SHA1 of the called URL + sorted form parameters (JSON: bodySHA256 in the URL).
import type { ProviderDefinition } from '../types';
import { twilioSigner } from './sign';
import { twilioTemplates } from './templates';
import { detectTwilio, twilioVerification } from './verify';

export const twilio: ProviderDefinition = {
  id: 'twilio',
  name: 'Twilio',
  reference: null,
  secretKind: 'shared-secret',
  secretHint: 'Primary Auth Token: Console › Account info (set the public URL in Hookscope too).',
  detect: detectTwilio,
  verification: twilioVerification,
  receiverHandshake: null,
  resign: { signer: twilioSigner },
  compose: { templates: twilioTemplates },
  payloadFamilies: ['twilio', 'twilio-call'],
};
