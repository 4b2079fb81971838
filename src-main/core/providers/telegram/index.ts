// Telegram Bot API: no signature; with `secret_token` set in setWebhook, every update carries it in
// `X-Telegram-Bot-Api-Secret-Token`, compared for equality. Checked against
// https://core.telegram.org/bots/api#setwebhook.
import type { RequestView } from '../../signatures/types';
import { tokenReading } from '../kit/token-reading';
import type { ProviderDefinition } from '../types';

const TOKEN = 'x-telegram-bot-api-secret-token';

const read = tokenReading({
  id: 'telegram',
  header: 'X-Telegram-Bot-Api-Secret-Token',
  label: 'Telegram: X-Telegram-Bot-Api-Secret-Token compared with secret_token',
  whenMissing:
    'Telegram sends X-Telegram-Bot-Api-Secret-Token only when setWebhook was called with secret_token.',
});

/** Updates are `{"update_id":…}`; the header alone is decisive. */
function detect(view: RequestView): number {
  if (view.headers.has(TOKEN)) return 95;
  return /^\s*\{\s*"update_id"\s*:\s*\d+/.test(view.req.body.subarray(0, 64).toString('utf8')) ? 60 : 0;
}

export const telegram: ProviderDefinition = {
  id: 'telegram',
  name: 'Telegram Bot API',
  reference: 'https://core.telegram.org/bots/api#setwebhook',
  secretKind: 'token',
  secretHint:
    'The secret_token you passed to setWebhook (1–256 characters A-Z a-z 0-9 _ -); not the bot token.',
  detect,
  verification: { read },
  receiverHandshake: null,
  resign: {
    refusal:
      'Telegram sends the secret token itself in X-Telegram-Bot-Api-Secret-Token: a replay keeps the token the capture carries (Hookscope never copies a stored secret into a request it shows)',
  },
  compose: {
    noTemplates:
      'A Telegram update carries the secret token in plain text, which Hookscope does not put into composed requests; replay a captured update instead.',
  },
  payloadFamilies: [],
};
