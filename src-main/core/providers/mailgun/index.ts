// Mailgun: HMAC-SHA256 of timestamp + token, carried in the body.
import type { ProviderDefinition } from '../types';
import { detectMailgun, mailgunVerification } from './verify';

export const mailgun: ProviderDefinition = {
  id: 'mailgun',
  name: 'Mailgun',
  reference: 'https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/securing-webhooks',
  secretKind: 'shared-secret',
  secretHint:
    'HTTP webhook signing key: Mailgun › Settings › Webhooks (or API Security) › HTTP webhook signing key (not the API key).',
  detect: detectMailgun,
  verification: mailgunVerification,
  receiverHandshake: null,
  resign: {
    refusal:
      'Mailgun signs only the timestamp and token inside the body, not the payload: a replayed or edited delivery still verifies with its original signature',
  },
  compose: {
    noTemplates:
      'Mailgun signatures live inside the body (they cover only timestamp and token), so a sample would need the signing key in its text; replay a captured delivery instead.',
  },
  payloadFamilies: [],
};
