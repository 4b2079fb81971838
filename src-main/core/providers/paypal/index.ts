// PayPal: a certificate-based signature that needs the certificate fetched online (reported as unverifiable).
import type { ProviderDefinition } from '../types';
import { detectPaypal, paypalVerification } from './verify';

export const paypal: ProviderDefinition = {
  id: 'paypal',
  name: 'PayPal',
  secretKind: 'none',
  secretHint: 'Nothing to store: PayPal signs with a certificate that must be fetched online.',
  detect: detectPaypal,
  verification: paypalVerification,
  receiverHandshake: null,
  resign: {
    refusal: 'PayPal signs with a certificate only PayPal holds',
  },
  compose: {
    noTemplates: 'Only PayPal can sign (certificate key), so a sample would never verify.',
  },
  payloadFamilies: [],
};
