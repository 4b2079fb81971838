// CircleCI outbound webhooks: `circleci-signature: v1=<hex>[,v1=…]`, HMAC-SHA256 of the raw body
// keyed with the webhook's secret token; only v1 exists today (circleci.com/docs › Outbound
// webhooks › Validate webhooks).
import { hmacProvider } from '../kit/hmac-provider';
import { circleciTemplates } from './templates';

export const circleci = hmacProvider({
  id: 'circleci',
  name: 'CircleCI',
  reference: null,
  secretHint: 'Secret token: Project Settings › Webhooks › your webhook › Secret token.',
  headers: ['circleci-signature'],
  detectHeaders: ['circleci-event-type'],
  layout: { kind: 'list', signatureKey: 'v1' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'CircleCI: v1=<hex> HMAC-SHA256 of the body',
  compose: { templates: circleciTemplates },
});
