// LaunchDarkly: `X-LD-Signature: <hex>`, HMAC-SHA256 of the raw body keyed with the webhook's
// secret, sent only when "Sign this webhook" is on. Checked against
// https://launchdarkly.com/docs/home/infrastructure/webhooks ("Sign a webhook").
import { hmacProvider } from '../kit/hmac-provider';
import { launchdarklyTemplates } from './templates';

export const launchdarkly = hmacProvider({
  id: 'launchdarkly',
  name: 'LaunchDarkly',
  reference: 'https://launchdarkly.com/docs/home/infrastructure/webhooks',
  secretHint:
    'Webhook secret: Integrations › Webhooks › your webhook › Secret (shown when "Sign this webhook" is enabled).',
  headers: ['X-LD-Signature'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'LaunchDarkly: hex HMAC-SHA256 of the body',
  compose: { templates: launchdarklyTemplates },
});
