// Jira and Confluence admin webhooks with a secret: `X-Hub-Signature: sha256=<hex>`, HMAC-SHA256 of
// the raw body (developer.atlassian.com › Jira Cloud › Webhooks › Secure admin webhooks). Their
// deliveries carry X-Atlassian-Webhook-Identifier. Connect and Forge apps are authenticated with a
// JWT in Authorization instead, which is not handled here.
import { hmacProvider } from '../kit/hmac-provider';
import { atlassianTemplates } from './templates';

export const atlassian = hmacProvider({
  id: 'atlassian',
  name: 'Jira / Confluence',
  reference: 'https://developer.atlassian.com/cloud/jira/platform/webhooks/#secure-admin-webhooks',
  secretHint:
    'The Secret set on the admin webhook: Jira settings › System › WebHooks › your webhook › Secret.',
  headers: ['X-Hub-Signature'],
  layout: { kind: 'bare', prefix: 'sha256=' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Jira / Confluence: X-Hub-Signature sha256=<hex> over the body',
  detect: (view) => (view.headers.has('x-atlassian-webhook-identifier') ? 96 : 0),
  compose: { templates: atlassianTemplates },
});
