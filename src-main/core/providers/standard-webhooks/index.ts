// Standard Webhooks / Svix: v1,<base64> over <id>.<timestamp>.<body> with the base64-decoded whsec_ key.
import type { ProviderDefinition } from '../types';
import { standardWebhooksSigner } from './sign';
import { standardWebhooksTemplates } from './templates';
import { detectStandardWebhooks, standardWebhooksVerification } from './verify';

export const standardWebhooks: ProviderDefinition = {
  id: 'standard-webhooks',
  name: 'Standard Webhooks / Svix (Clerk, Resend)',
  reference: null,
  secretKind: 'shared-secret',
  secretHint: 'Endpoint signing secret whsec_… from the sender dashboard (Svix, Clerk, Resend).',
  detect: detectStandardWebhooks,
  verification: standardWebhooksVerification,
  receiverHandshake: null,
  resign: { signer: standardWebhooksSigner },
  compose: { templates: standardWebhooksTemplates },
  payloadFamilies: ['standard-webhooks-event'],
};
