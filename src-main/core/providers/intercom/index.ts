// Intercom: `X-Hub-Signature: sha1=<hex>`, HMAC-SHA1 of the raw body keyed with the app's client
// secret (developers.intercom.com › Webhooks › Setting up webhooks, "Signed notifications"). The
// header is Meta's legacy one, so the sender is recognised by its notification_event body.
import type { RequestView } from '../../signatures/types';
import { hmacProvider } from '../kit/hmac-provider';
import { intercomTemplates } from './templates';

const fromIntercom = (view: RequestView): boolean =>
  view.headers.has('x-hub-signature') &&
  view.req.body.subarray(0, 512).includes('"type":"notification_event"');

export const intercom = hmacProvider({
  id: 'intercom',
  name: 'Intercom',
  reference: null,
  secretHint: 'Client secret: Developer Hub › your app › Basic information (not the access token).',
  headers: ['X-Hub-Signature'],
  layout: { kind: 'bare', prefix: 'sha1=' },
  algorithm: 'sha1',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Intercom: X-Hub-Signature sha1=<hex> over the body',
  detect: (view) => (fromIntercom(view) ? 96 : 0),
  compose: { templates: intercomTemplates },
});
