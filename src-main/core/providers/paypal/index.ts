// PayPal: an RSA signature checked with PayPal's certificate: unverifiable until the user stores the
// webhook id and the certificate, then verified offline.
import type { ProviderDefinition } from '../types';
import { detectPaypal, paypalVerification } from './verify';

export const paypal: ProviderDefinition = {
  id: 'paypal',
  name: 'PayPal',
  reference: 'https://developer.paypal.com/api/rest/webhooks/rest/',
  secretKind: 'public-key',
  secretHint:
    'Your webhook ID (Developer Dashboard › Apps & Credentials › your app › Webhooks) on the first line, then the certificate PEM from the PAYPAL-CERT-URL of a delivery (Hookscope does not fetch it).',
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
