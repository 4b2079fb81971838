// SendGrid Event Webhook: ECDSA P-256 SHA-256 over <timestamp><body>, checked with the verification key.
import type { ProviderDefinition } from '../types';
import { detectSendgrid, sendgridVerification } from './verify';

export const sendgrid: ProviderDefinition = {
  id: 'sendgrid',
  name: 'SendGrid Event Webhook',
  reference: null,
  secretKind: 'public-key',
  secretHint: 'Verification key (base64 public key): Mail Settings › Event Webhook › Signature verification.',
  detect: detectSendgrid,
  verification: sendgridVerification,
  receiverHandshake: null,
  resign: {
    refusal: 'SendGrid signs with its private key (ECDSA); only SendGrid can produce a valid signature',
  },
  compose: {
    noTemplates: 'Only SendGrid can sign (ECDSA private key), so a sample would never verify.',
  },
  payloadFamilies: [],
};
