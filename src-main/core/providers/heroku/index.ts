// Heroku app webhooks: `Heroku-Webhook-Hmac-SHA256: <base64>`, HMAC-SHA256 of the raw body keyed
// with the webhook's secret. Checked against
// https://devcenter.heroku.com/articles/app-webhooks#securing-webhook-requests (the header is also
// named in Heroku's Platform API schema for the webhook `secret`).
import { hmacProvider } from '../kit/hmac-provider';
import { herokuTemplates } from './templates';

export const heroku = hmacProvider({
  id: 'heroku',
  name: 'Heroku',
  reference: 'https://devcenter.heroku.com/articles/app-webhooks#securing-webhook-requests',
  secretHint:
    'The webhook secret: shown once by `heroku webhooks:add` (or the secret you passed with --secret).',
  headers: ['Heroku-Webhook-Hmac-SHA256'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'base64',
  template: '{body}',
  formatLabel: 'Heroku: base64 HMAC-SHA256 of the body',
  compose: { templates: herokuTemplates },
});
