// X (Twitter) Account Activity API: `x-twitter-webhooks-signature: sha256=<base64>`, HMAC-SHA256 of
// the raw body keyed with the app's consumer secret. Checked against
// https://docs.x.com/x-api/webhooks/introduction and X's sample (xdevplatform/account-activity-dashboard
// helpers/security.js, the CRC answer). Its CRC GET is answered by the receiver.
import { queryOf } from '../../signatures/provider-kit';
import { hmacProvider } from '../kit/hmac-provider';
import { twitterHandshake, twitterReceiverHandshake } from './crc';
import { twitterTemplates } from './templates';

export const twitter = hmacProvider({
  id: 'twitter',
  name: 'X (Twitter) Account Activity',
  reference: 'https://docs.x.com/x-api/webhooks/introduction',
  secretHint:
    'The app Consumer Secret (API Key Secret): developer.x.com › Projects & Apps › your app › Keys and tokens.',
  headers: ['x-twitter-webhooks-signature'],
  detect: (view) => {
    if (view.headers.has('x-twitter-webhooks-signature')) return 95;
    const crcCheck = view.req.method.toUpperCase() === 'GET' && view.req.path.includes('crc_token=');
    return crcCheck && queryOf(view).has('crc_token') ? 90 : 0;
  },
  layout: { kind: 'bare', prefix: 'sha256=' },
  algorithm: 'sha256',
  encoding: 'base64',
  template: '{body}',
  formatLabel: 'X: sha256=<base64> HMAC-SHA256 of the body',
  handshake: twitterHandshake,
  receiverHandshake: twitterReceiverHandshake,
  compose: { templates: twitterTemplates },
});
