// Worldline (Connect, Direct, Acquiring): `X-GCS-Signature: <base64>`, HMAC-SHA256 of the raw body
// keyed with the webhooks secret key named by `X-GCS-KeyId`. Checked against the official SDK's
// WebhooksHelper and its test (github.com/Ingenico-ePayments/connect-sdk-php, vector in
// published-vectors-b.test.ts). New endpoints are checked with a GET the receiver answers.
import { hmacProvider } from '../kit/hmac-provider';
import { worldlineHandshake, worldlineReceiverHandshake } from './handshake';
import { worldlineTemplates } from './templates';

export const worldline = hmacProvider({
  id: 'worldline',
  name: 'Worldline',
  reference:
    'https://github.com/Ingenico-ePayments/connect-sdk-php/blob/master/tests/Ingenico/Connect/Sdk/Webhooks/WebhooksHelperTest.php',
  secretHint:
    'Webhooks secret key (the one whose key id arrives in X-GCS-KeyId): Merchant Portal › Developer › Webhooks.',
  headers: ['X-GCS-Signature'],
  detectHeaders: ['X-GCS-KeyId', 'X-GCS-Webhooks-Endpoint-Verification'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'base64',
  template: '{body}',
  formatLabel: 'Worldline: base64 HMAC-SHA256 of the body',
  handshake: worldlineHandshake,
  receiverHandshake: worldlineReceiverHandshake,
  compose: { templates: worldlineTemplates },
});
