// Pusher Channels: `X-Pusher-Signature: <hex>`, HMAC-SHA256 of the raw body keyed with the app
// secret; `X-Pusher-Key` names the app key. Checked against the official SDK,
// github.com/pusher/pusher-http-node lib/webhook.js and lib/token.js (its test vector is in
// published-vectors-b.test.ts).
import { hmacProvider } from '../kit/hmac-provider';
import { pusherTemplates } from './templates';

export const pusher = hmacProvider({
  id: 'pusher',
  name: 'Pusher Channels',
  reference: 'https://github.com/pusher/pusher-http-node/blob/master/lib/webhook.js',
  secretHint: 'App secret: Channels app › App Keys › secret (the key in X-Pusher-Key tells which app).',
  headers: ['X-Pusher-Signature'],
  detectHeaders: ['X-Pusher-Key'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Pusher: hex HMAC-SHA256 of the body',
  compose: { templates: pusherTemplates },
});
