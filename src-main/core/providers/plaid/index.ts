// Plaid: a JWT (ES256) over the body's SHA-256, checked with a pasted JWK.
import type { ProviderDefinition } from '../types';
import { detectPlaid, plaidVerification } from './verify';

export const plaid: ProviderDefinition = {
  id: 'plaid',
  name: 'Plaid',
  reference: 'https://plaid.com/docs/api/webhooks/webhook-verification/',
  secretKind: 'public-key',
  secretHint:
    'The JWK returned by /webhook_verification_key/get for the kid in the JWT header (paste the JSON; keys rotate, store each kid).',
  detect: detectPlaid,
  verification: plaidVerification,
  receiverHandshake: null,
  resign: { refusal: 'Plaid signs with its private key (ES256); only Plaid can produce a valid JWT' },
  compose: { noTemplates: 'Only Plaid can sign (ES256 private key), so a sample would never verify.' },
  payloadFamilies: [],
};
