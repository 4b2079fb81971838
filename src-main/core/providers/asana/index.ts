// Asana: `X-Hook-Signature: <hex>`, HMAC-SHA256 of the raw body keyed with the X-Hook-Secret Asana
// sent in the webhook's handshake (developers.asana.com › Webhooks guide › Security).
import { hmacProvider } from '../kit/hmac-provider';
import { asanaHandshake, asanaReceiverHandshake } from './handshake';
import { asanaTemplates } from './templates';

export const asana = hmacProvider({
  id: 'asana',
  name: 'Asana',
  reference: null,
  secretHint:
    'The X-Hook-Secret value Asana sent in the webhook handshake (Hookscope shows it on the handshake capture); not your personal access token.',
  headers: ['X-Hook-Signature'],
  detectHeaders: ['X-Hook-Secret'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Asana: hex HMAC-SHA256 of the body',
  handshake: asanaHandshake,
  receiverHandshake: asanaReceiverHandshake,
  compose: { templates: asanaTemplates },
});
