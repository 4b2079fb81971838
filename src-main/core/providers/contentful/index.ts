// Contentful: hex HMAC-SHA256 of a canonical request (method, path, signed headers, body).
import type { ProviderDefinition } from '../types';
import { contentfulSigner } from './sign';
import { contentfulTemplates } from './templates';
import { contentfulVerification, detectContentful } from './verify';

export const contentful: ProviderDefinition = {
  id: 'contentful',
  name: 'Contentful',
  reference: null,
  secretKind: 'shared-secret',
  secretHint:
    'Signing secret: Settings › Webhooks › Request verification (64 characters, shown once; not a CMA token).',
  detect: detectContentful,
  verification: contentfulVerification,
  receiverHandshake: null,
  resign: { signer: contentfulSigner },
  compose: { templates: contentfulTemplates },
  payloadFamilies: [],
};
