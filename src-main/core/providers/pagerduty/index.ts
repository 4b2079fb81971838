// PagerDuty v3 webhooks: `X-PagerDuty-Signature: v1=<hex>[,v1=<hex>…]`, HMAC-SHA256 of the raw body
// keyed with the subscription's secret; several v1 entries while a secret is rotated, any one
// matching is genuine (developer.pagerduty.com › Verifying signatures).
import { hmacProvider } from '../kit/hmac-provider';
import { pagerdutyTemplates } from './templates';

export const pagerduty = hmacProvider({
  id: 'pagerduty',
  name: 'PagerDuty',
  reference: null,
  secretHint:
    'Webhook subscription secret, shown once when the v3 subscription is created (Integrations › Generic Webhooks (v3)).',
  headers: ['X-PagerDuty-Signature'],
  detectHeaders: ['X-Webhook-Subscription'],
  layout: { kind: 'list', signatureKey: 'v1' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'PagerDuty v3: v1=<hex>[,v1=<hex>] over the body',
  compose: { templates: pagerdutyTemplates },
});
