// Webflow (OAuth-app and API-created webhooks): `x-webflow-signature: <hex>`, HMAC-SHA256 over
// `<x-webflow-timestamp>:<body>` keyed with the app's client secret (or the webhook secret for
// API-created ones); the timestamp is in milliseconds and 5 minutes old at most
// (developers.webflow.com › Webhooks › Verifying requests).
import { hmacProvider } from '../kit/hmac-provider';
import { webflowTemplates } from './templates';

export const webflow = hmacProvider({
  id: 'webflow',
  name: 'Webflow',
  reference: null,
  secretHint:
    'OAuth app: the Client Secret (Workspace › Apps & Integrations › your app); webhooks created with a site token: the webhook secret.',
  headers: ['x-webflow-signature'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{timestamp}:{body}',
  timestamp: { header: 'x-webflow-timestamp', unit: 'ms', maxAgeSeconds: 300, maxAheadSeconds: null },
  formatLabel: 'Webflow: hex HMAC-SHA256 over <timestamp ms>:<body>',
  compose: { templates: webflowTemplates },
});
