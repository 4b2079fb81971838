// Xero: `x-xero-signature: <base64>`, HMAC-SHA256 of the raw body keyed with the webhook key. Before
// a webhook is enabled Xero sends "intent to receive" requests, some deliberately mis-signed, and
// expects 200 for the good ones and 401 for the rest (developer.xero.com › Webhooks).
import { hmacProvider } from '../kit/hmac-provider';
import { xeroHandshake, xeroReceiverHandshake } from './handshake';
import { xeroTemplates } from './templates';

export const xero = hmacProvider({
  id: 'xero',
  name: 'Xero',
  reference: 'https://developer.xero.com/documentation/webhooks/configuring-your-server',
  secretHint: 'Webhooks key: developer.xero.com › My Apps › your app › Webhooks (not the client secret).',
  headers: ['x-xero-signature'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'base64',
  template: '{body}',
  formatLabel: 'Xero: base64 HMAC-SHA256 of the body',
  handshake: xeroHandshake,
  receiverHandshake: xeroReceiverHandshake,
  compose: { templates: xeroTemplates },
});
