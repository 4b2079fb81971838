// Sentry integration platform: `Sentry-Hook-Signature: <hex>`, HMAC-SHA256 of the raw body keyed
// with the integration's client secret. Sentry-Hook-Timestamp travels beside it unsigned, so it is
// not judged (docs.sentry.io › Integration Platform › Webhooks).
import { hmacProvider } from '../kit/hmac-provider';
import { sentryTemplates } from './templates';

export const sentry = hmacProvider({
  id: 'sentry',
  name: 'Sentry',
  reference: 'https://docs.sentry.io/integrations/integration-platform/webhooks/',
  secretHint:
    'Client Secret: Settings › Developer Settings › your integration › Credentials (not an auth token).',
  headers: ['Sentry-Hook-Signature'],
  detectHeaders: ['Sentry-Hook-Resource'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Sentry: hex HMAC-SHA256 of the body',
  compose: { templates: sentryTemplates },
});
