// Dropbox: `X-Dropbox-Signature: <hex>`, HMAC-SHA256 of the raw body keyed with the app secret; a
// new webhook URL is checked with GET ?challenge=…, which must be echoed (dropbox.com/developers ›
// Webhooks).
import { hmacProvider } from '../kit/hmac-provider';
import { dropboxChallenge } from './handshake';
import { dropboxTemplates } from './templates';

export const dropbox = hmacProvider({
  id: 'dropbox',
  name: 'Dropbox',
  reference: 'https://www.dropbox.com/developers/reference/webhooks',
  secretHint: 'App secret: App Console › your app › Settings (not an access token).',
  headers: ['X-Dropbox-Signature'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Dropbox: hex HMAC-SHA256 of the body',
  detect: (view) =>
    view.headers.has('x-dropbox-signature') ? 95 : dropboxChallenge.handshake(view) ? 70 : 0,
  handshake: dropboxChallenge.handshake,
  receiverHandshake: dropboxChallenge.receiverHandshake,
  compose: { templates: dropboxTemplates },
});
