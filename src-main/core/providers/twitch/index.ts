// Twitch EventSub (webhook transport): `Twitch-Eventsub-Message-Signature: sha256=<hex>`,
// HMAC-SHA256 over message id + timestamp (RFC 3339) + raw body, keyed with the subscription's
// secret; messages older than 10 minutes are to be rejected. A new subscription is confirmed by a
// signed `webhook_callback_verification` message whose challenge must be echoed as text
// (dev.twitch.tv › EventSub › Handling webhook events).
import { hmacProvider } from '../kit/hmac-provider';
import { twitchHandshake, twitchReceiverHandshake } from './handshake';
import { twitchTemplates } from './templates';

export const twitch = hmacProvider({
  id: 'twitch',
  name: 'Twitch EventSub',
  reference: null,
  secretHint:
    'The `secret` you passed in transport.secret when creating the EventSub subscription (10–100 characters; not the client secret).',
  headers: ['Twitch-Eventsub-Message-Signature'],
  detectHeaders: ['Twitch-Eventsub-Message-Id', 'Twitch-Eventsub-Message-Type'],
  layout: { kind: 'bare', prefix: 'sha256=' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{id}{timestamp}{body}',
  idHeader: 'Twitch-Eventsub-Message-Id',
  timestamp: {
    header: 'Twitch-Eventsub-Message-Timestamp',
    unit: 'iso',
    maxAgeSeconds: 600,
    maxAheadSeconds: null,
  },
  formatLabel: 'Twitch EventSub: sha256=<hex> over <message id><timestamp><body>',
  handshake: twitchHandshake,
  receiverHandshake: twitchReceiverHandshake,
  compose: { templates: twitchTemplates },
});
