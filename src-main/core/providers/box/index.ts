// Box: BOX-SIGNATURE-PRIMARY and BOX-SIGNATURE-SECONDARY, each the base64 HMAC-SHA256 over the raw
// body followed by BOX-DELIVERY-TIMESTAMP (RFC 3339), one per signature key (store both to rotate);
// deliveries older than 10 minutes are to be rejected (developer.box.com › Webhooks › Signatures).
import { hmacProvider } from '../kit/hmac-provider';
import { boxTemplates } from './templates';

export const box = hmacProvider({
  id: 'box',
  name: 'Box',
  reference: 'https://developer.box.com/guides/webhooks/v2/signatures-v2/',
  secretHint:
    'Primary and secondary signature keys: Developer Console › your app › Webhooks › Manage signature keys.',
  headers: ['BOX-SIGNATURE-PRIMARY', 'BOX-SIGNATURE-SECONDARY'],
  signsEveryHeader: true,
  detectHeaders: ['BOX-DELIVERY-ID'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'base64',
  template: '{body}{timestamp}',
  timestamp: { header: 'BOX-DELIVERY-TIMESTAMP', unit: 'iso', maxAgeSeconds: 600, maxAheadSeconds: null },
  formatLabel: 'Box: base64 HMAC-SHA256 over <body><delivery timestamp>, primary and secondary key',
  compose: { templates: boxTemplates },
});
