// Mandrill: base64 HMAC-SHA1 over the webhook URL and its sorted form fields.
import type { ProviderDefinition } from '../types';
import { mandrillSigner } from './sign';
import { mandrillTemplates } from './templates';
import { detectMandrill, mandrillVerification } from './verify';

export const mandrill: ProviderDefinition = {
  id: 'mandrill',
  name: 'Mandrill (Mailchimp Transactional)',
  reference:
    'https://mandrill.zendesk.com/hc/en-us/articles/360039232513-How-to-Authenticate-Webhook-Requests',
  secretKind: 'shared-secret',
  secretHint: 'Webhook key: Mandrill › Settings › Webhooks › your webhook › Key (not the API key).',
  detect: detectMandrill,
  verification: mandrillVerification,
  receiverHandshake: null,
  resign: { signer: mandrillSigner },
  compose: { templates: mandrillTemplates },
  payloadFamilies: [],
};
