// Typeform: `Typeform-Signature: sha256=<base64>`, HMAC-SHA256 of the raw body keyed with the
// webhook's secret (developers.typeform.com › Webhooks › Secure your webhooks).
import { hmacProvider } from '../kit/hmac-provider';
import { typeformTemplates } from './templates';

export const typeform = hmacProvider({
  id: 'typeform',
  name: 'Typeform',
  reference: 'https://www.typeform.com/developers/webhooks/secure-your-webhooks/',
  secretHint:
    'The webhook Secret you set: form › Connect › Webhooks › Edit (or `secret` in the Webhooks API).',
  headers: ['Typeform-Signature'],
  layout: { kind: 'bare', prefix: 'sha256=' },
  algorithm: 'sha256',
  encoding: 'base64',
  template: '{body}',
  formatLabel: 'Typeform: sha256=<base64> over the body',
  compose: { templates: typeformTemplates },
});
