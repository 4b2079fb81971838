// Viber bots: `X-Viber-Content-Signature: <hex>`, HMAC-SHA256 of the raw JSON body keyed with the
// bot's authentication token (developers.viber.com › REST Bot API › Callbacks).
import { hmacProvider } from '../kit/hmac-provider';
import { viberTemplates } from './templates';

export const viber = hmacProvider({
  id: 'viber',
  name: 'Viber',
  reference: 'https://github.com/Viber/viber-bot-python/blob/master/viberbot/api/api.py',
  secretHint:
    'The bot authentication token (X-Viber-Auth-Token you call the API with): Viber Admin Panel › your bot.',
  headers: ['X-Viber-Content-Signature'],
  layout: { kind: 'bare' },
  algorithm: 'sha256',
  encoding: 'hex',
  template: '{body}',
  formatLabel: 'Viber: hex HMAC-SHA256 of the body',
  compose: { templates: viberTemplates },
});
