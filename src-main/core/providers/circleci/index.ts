// CircleCI outbound webhooks: `circleci-signature: v1=<hex>[,v2=…]`, HMAC-SHA256 of the raw body
// keyed with the webhook's secret token; only v1 exists, and only the latest version is to be
// checked (downgrade attacks). Checked against
// https://circleci.com/docs/guides/integration/outbound-webhooks/ (its example signatures are the
// published vectors in published-vectors-b.test.ts).
import { hmacProvider } from '../kit/hmac-provider';
import { circleciTemplates } from './templates';

export const circleci = hmacProvider({
  id: 'circleci',
  name: 'CircleCI',
  reference: 'https://circleci.com/docs/guides/integration/outbound-webhooks/',
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
