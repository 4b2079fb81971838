// Webex: `X-Spark-Signature: <hex>`, HMAC-SHA1 of the raw body keyed with the webhook's secret.
// Checked against https://developer.webex.com/blog/using-a-webhook-secret.
import { hmacProvider } from '../kit/hmac-provider';
import { webexTemplates } from './templates';

export const webex = hmacProvider({
  id: 'webex',
  name: 'Webex',
  reference: 'https://developer.webex.com/blog/using-a-webhook-secret',
  secretHint: 'The "secret" you set when creating the webhook (POST /v1/webhooks); not a bot access token.',
  headers: ['X-Spark-Signature'],
  layout: { kind: 'bare' },
  algorithm: 'sha1',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Webex: hex HMAC-SHA1 of the body',
  compose: { templates: webexTemplates },
});
