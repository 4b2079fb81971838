// Autodesk Platform Services (APS) webhooks: `x-adsk-signature: sha1hash=<hex>`, HMAC-SHA1 of the raw
// body keyed with the secret token registered for the app (POST /webhooks/v1/tokens)
// (aps.autodesk.com › Webhooks API › How to verify payload signature).
import { hmacProvider } from '../kit/hmac-provider';
import { autodeskTemplates } from './templates';

export const autodesk = hmacProvider({
  id: 'autodesk',
  name: 'Autodesk Platform Services',
  reference: null,
  secretHint:
    'The secret token you registered with POST /webhooks/v1/tokens for the app (not the client secret).',
  headers: ['x-adsk-signature'],
  layout: { kind: 'bare', prefix: 'sha1hash=' },
  algorithm: 'sha1',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Autodesk APS: sha1hash=<hex> HMAC-SHA1 of the body',
  compose: { templates: autodeskTemplates },
});
