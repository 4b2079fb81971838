// Sonatype Nexus Repository webhooks: `X-Nexus-Webhook-Signature: <hex>`, HMAC-SHA1 of the raw body
// keyed with the webhook capability's Secret Key (help.sonatype.com › Nexus Repository › Webhooks ›
// Working with HMAC payloads).
import { hmacProvider } from '../kit/hmac-provider';
import { sonatypeTemplates } from './templates';

export const sonatype = hmacProvider({
  id: 'sonatype',
  name: 'Sonatype Nexus Repository',
  reference: null,
  secretHint:
    'Secret Key of the webhook capability: Administration › System › Capabilities › your Webhook capability.',
  headers: ['X-Nexus-Webhook-Signature'],
  detectHeaders: ['X-Nexus-Webhook-Id'],
  layout: { kind: 'bare' },
  algorithm: 'sha1',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Sonatype Nexus: hex HMAC-SHA1 of the body',
  compose: { templates: sonatypeTemplates },
});
