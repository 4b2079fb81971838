// Dropbox: `X-Dropbox-Signature: <hex>`, HMAC-SHA256 of the raw body keyed with the app secret; a
// new webhook URL is checked with GET ?challenge=…, which must be echoed (dropbox.com/developers ›
// Webhooks).
import { hmacProvider } from '../kit/hmac-provider';
import { dropboxHandshake, dropboxReceiverHandshake } from './handshake';
import { dropboxTemplates } from './templates';

export const dropbox = hmacProvider({
  id: 'dropbox',
  name: 'Dropbox',
  reference: null,
  secretHint: 'App secret: App Console › your app › Settings (not an access token).',
  headers: ['X-Dropbox-Signature'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Dropbox: hex HMAC-SHA256 of the body',
  detect: (view) => (view.headers.has('x-dropbox-signature') ? 95 : dropboxHandshake(view) ? 70 : 0),
  handshake: dropboxHandshake,
  receiverHandshake: dropboxReceiverHandshake,
  compose: { templates: dropboxTemplates },
});
