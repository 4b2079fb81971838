// Zoom: v0=<hex> over v0:<timestamp>:<body>; endpoint.url_validation requests are handshakes.
import type { ProviderDefinition } from '../types';
import { zoomSigner } from './sign';
import { detectZoom, zoomVerification } from './verify';

export const zoom: ProviderDefinition = {
  id: 'zoom',
  name: 'Zoom',
  reference: null,
  secretKind: 'shared-secret',
  secretHint: 'Secret Token: Marketplace app › Features › Event subscriptions (not the Verification Token).',
  detect: detectZoom,
  verification: zoomVerification,
  receiverHandshake: null,
  resign: { signer: zoomSigner },
  compose: {
    noTemplates: 'No sample Zoom event yet; replay a captured delivery to re-sign it.',
  },
  payloadFamilies: [],
};
