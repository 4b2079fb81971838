// LINE Messaging API: `x-line-signature: <base64>`, HMAC-SHA256 of the raw body keyed with the
// channel secret (developers.line.biz › Messaging API › Verify webhook signature).
import { hmacProvider } from '../kit/hmac-provider';
import { lineTemplates } from './templates';

export const line = hmacProvider({
  id: 'line',
  name: 'LINE Messaging API',
  reference: 'https://developers.line.biz/en/docs/messaging-api/verify-webhook-signature/',
  secretHint:
    'Channel secret: LINE Developers Console › your channel › Basic settings (not the channel access token).',
  headers: ['x-line-signature'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'base64',
  template: '{body}',
  formatLabel: 'LINE: base64 HMAC-SHA256 of the body',
  compose: { templates: lineTemplates },
});
