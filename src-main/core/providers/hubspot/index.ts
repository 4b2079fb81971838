// HubSpot: v3 HMAC over method + URL + body + timestamp; v1/v2 plain SHA-256 hashes.
import type { ProviderDefinition } from '../types';
import { hubspotSigner } from './sign';
import { hubspotTemplates } from './templates';
import { detectHubspot, hubspotVerification } from './verify';

export const hubspot: ProviderDefinition = {
  id: 'hubspot',
  name: 'HubSpot',
  reference: 'https://developers.hubspot.com/docs/apps/legacy-apps/authentication/validating-requests',
  secretKind: 'shared-secret',
  secretHint: 'Client secret: Developer account › Apps › your app › Auth (not a private app access token).',
  detect: detectHubspot,
  verification: hubspotVerification,
  receiverHandshake: null,
  resign: { signer: hubspotSigner },
  compose: { templates: hubspotTemplates },
  payloadFamilies: [],
};
