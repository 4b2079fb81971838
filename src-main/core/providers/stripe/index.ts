// Stripe: `Stripe-Signature: t=<unix>,v1=<hex>` over `<t>.<body>`, keyed with the whsec_… text.
import type { ProviderDefinition } from '../types';
import { stripeSigner } from './sign';
import { stripeTemplates } from './templates';
import { detectStripe, stripeVerification } from './verify';

export const stripe: ProviderDefinition = {
  id: 'stripe',
  name: 'Stripe',
  reference: null,
  secretKind: 'shared-secret',
  secretHint:
    'Endpoint signing secret whsec_… (Dashboard › Webhooks › endpoint, or printed by `stripe listen`).',
  detect: detectStripe,
  verification: stripeVerification,
  receiverHandshake: null,
  resign: { signer: stripeSigner },
  compose: { templates: stripeTemplates },
  payloadFamilies: ['stripe-event'],
};
