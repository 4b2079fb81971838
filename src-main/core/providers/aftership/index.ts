// AfterShip: `aftership-hmac-sha256: <base64>`, HMAC-SHA256 of the raw body keyed with the webhook
// secret (aftership.com/docs › Tracking › Webhook › Webhook signature).
import { hmacProvider } from '../kit/hmac-provider';
import { aftershipTemplates } from './templates';

export const aftership = hmacProvider({
  id: 'aftership',
  name: 'AfterShip',
  reference: null,
  secretHint: 'Webhook secret: AfterShip admin › Settings › Webhooks › Webhook secret.',
  headers: ['aftership-hmac-sha256'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'base64',
  template: '{body}',
  formatLabel: 'AfterShip: base64 HMAC-SHA256 of the body',
  compose: { templates: aftershipTemplates },
});
