// Airtable: `X-Airtable-Content-MAC: hmac-sha256=<hex>`, HMAC-SHA256 of the raw body keyed with the
// *base64-decoded* macSecretBase64 returned when the webhook was created. Checked against
// https://airtable.com/developers/web/api/webhooks-overview.
import { hmacProvider } from '../kit/hmac-provider';
import { airtableTemplates } from './templates';

export const airtable = hmacProvider({
  id: 'airtable',
  name: 'Airtable',
  reference: 'https://airtable.com/developers/web/api/webhooks-overview',
  secretHint:
    'macSecretBase64 from the create-webhook response (base64 text, stored as is; Hookscope decodes it).',
  headers: ['X-Airtable-Content-MAC'],
  layout: { kind: 'bare', prefix: 'hmac-sha256=' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  key: 'base64',
  formatLabel: 'Airtable: hmac-sha256=<hex> over the body, base64-decoded key',
  compose: { templates: airtableTemplates },
});
