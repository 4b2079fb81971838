// Meta (WhatsApp Cloud API, Messenger, Instagram): X-Hub-Signature-256 over the body with the App Secret,
// and the GET hub.challenge handshake the receiver answers itself.
import type { ProviderDefinition } from '../types';
import { metaReceiverHandshake } from './receiver-handshake';
import { hubSignatureSigner } from '../hub-signature/sign';
import { whatsappTemplates } from './templates';
import { detectMeta, metaVerification } from '../hub-signature/verify';

export const meta: ProviderDefinition = {
  id: 'meta',
  name: 'Meta / WhatsApp Cloud API',
  reference: null,
  secretKind: 'shared-secret',
  secretHint:
    'App Secret: App Dashboard › App settings › Basic (not the access token, not the verify token).',
  detect: detectMeta,
  verification: metaVerification,
  receiverHandshake: metaReceiverHandshake,
  resign: { signer: hubSignatureSigner },
  compose: { templates: whatsappTemplates },
  payloadFamilies: ['whatsapp-cloud', 'messenger', 'instagram'],
};
