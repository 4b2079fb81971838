// Okta event hooks: an authentication value compared for equality, and the one-time verification GET.
import type { ProviderDefinition } from '../types';
import { oktaReceiverHandshake } from './receiver-handshake';
import { detectOkta, oktaVerification } from './verify';

export const okta: ProviderDefinition = {
  id: 'okta',
  name: 'Okta event hooks',
  reference: 'https://developer.okta.com/docs/concepts/event-hooks/',
  secretKind: 'token',
  secretHint:
    'The authentication secret set on the event hook: Admin Console › Workflow › Event Hooks › your hook › Authentication secret (the whole header value).',
  detect: detectOkta,
  verification: oktaVerification,
  receiverHandshake: oktaReceiverHandshake,
  resign: {
    refusal:
      'Okta sends the authentication secret itself: a replay keeps the value the capture carries (Hookscope never copies a stored secret into a request it shows)',
  },
  compose: {
    noTemplates:
      'An Okta event carries its authentication secret in plain text, which Hookscope does not put into composed requests; replay a captured delivery instead.',
  },
  payloadFamilies: [],
};
