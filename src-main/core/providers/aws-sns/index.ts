// AWS SNS HTTP(S) subscriptions: certificate-signed messages (see verify.ts).
import type { ProviderDefinition } from '../types';
import { detectSns, snsVerification } from './verify';

export const awsSns: ProviderDefinition = {
  id: 'aws-sns',
  name: 'AWS SNS',
  reference: 'https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html',
  secretKind: 'public-key',
  secretHint:
    'The certificate PEM downloaded from the SigningCertURL of a delivery (https://sns.<region>.amazonaws.com/SimpleNotificationService-….pem); Hookscope does not fetch it.',
  detect: detectSns,
  verification: snsVerification,
  receiverHandshake: null,
  resign: { refusal: 'AWS SNS signs with a private key only AWS holds' },
  compose: {
    noTemplates: 'Only AWS can sign SNS messages (RSA certificate), so a sample would never verify.',
  },
  payloadFamilies: [],
};
