// Intercom: `X-Hub-Signature: sha1=<hex>`, HMAC-SHA1 of the raw body keyed with the app's client
// secret (the v1 API's subscriptions: their hub_secret). The
// header is Meta's legacy one, so the sender is recognised by its notification_event body.
import type { RequestView } from '../../signatures/types';
import { hmacProvider } from '../kit/hmac-provider';
import { intercomTemplates } from './templates';

// Intercom's own example delivery is pretty-printed (`"type" : "notification_event"`), so spaces
// around the colon are allowed.
const NOTIFICATION = /"type"\s*:\s*"notification_event"/;

const fromIntercom = (view: RequestView): boolean =>
  view.headers.has('x-hub-signature') && NOTIFICATION.test(view.req.body.subarray(0, 512).toString('latin1'));

export const intercom = hmacProvider({
  id: 'intercom',
  name: 'Intercom',
  reference: 'https://developers.intercom.com/intercom-api-reference/v1.0/reference/signed-notifications',
  secretHint:
    'Client secret: Developer Hub › your app › Basic information (not the access token); subscriptions made with the v1 API: the hub_secret you set.',
  headers: ['X-Hub-Signature'],
  layout: { kind: 'bare', prefix: 'sha1=' },
  algorithm: 'sha1',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Intercom: X-Hub-Signature sha1=<hex> over the body',
  detect: (view) => (fromIntercom(view) ? 96 : 0),
  compose: { templates: intercomTemplates },
});
