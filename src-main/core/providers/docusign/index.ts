// DocuSign Connect: one `X-DocuSign-Signature-<n>` header per active HMAC key, each the base64
// HMAC-SHA256 of the raw body (line endings included); any one matching a stored key is genuine
// (developers.docusign.com › Connect › HMAC security).
import { hmacProvider } from '../kit/hmac-provider';
import { docusignTemplates } from './templates';

const SIGNATURE_HEADERS = Array.from({ length: 10 }, (_, i) => `X-DocuSign-Signature-${i + 1}`) as [
  string,
  ...string[],
];

export const docusign = hmacProvider({
  id: 'docusign',
  name: 'DocuSign Connect',
  reference: 'https://developers.docusign.com/platform/webhooks/connect/validate/',
  secretHint:
    'Connect HMAC key: Admin › Integrations › Connect › Connect Keys (shown once when added; store each active key).',
  headers: SIGNATURE_HEADERS,
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'base64',
  template: '{body}',
  formatLabel: 'DocuSign Connect: base64 HMAC-SHA256 of the body, one header per key',
  compose: { templates: docusignTemplates },
});
