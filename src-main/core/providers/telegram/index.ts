// Telegram Bot API: no signature; with `secret_token` set in setWebhook, every update carries it in
// `X-Telegram-Bot-Api-Secret-Token`, compared for equality. Checked against
// https://core.telegram.org/bots/api#setwebhook.
import { bareEntry, contextFor } from '../../signatures/provider-kit';
import type { ReadResult, RequestView } from '../../signatures/types';
import { tokenEqualityScheme } from '../kit/check-schemes';
import type { ProviderDefinition } from '../types';

const TOKEN = 'x-telegram-bot-api-secret-token';

function read(view: RequestView): ReadResult {
  const value = view.headers.get(TOKEN);
  if (value === null) {
    return {
      kind: 'missing',
      headersTried: ['X-Telegram-Bot-Api-Secret-Token'],
      warnings: [
        'Telegram sends X-Telegram-Bot-Api-Secret-Token only when setWebhook was called with secret_token.',
      ],
    };
  }
  return {
    kind: 'signature',
    header: view.headers.nameOf(TOKEN) ?? 'X-Telegram-Bot-Api-Secret-Token',
    received: value,
    entries: bareEntry(value),
    scheme: tokenEqualityScheme,
    format: { id: 'telegram', label: 'Telegram: X-Telegram-Bot-Api-Secret-Token compared with secret_token' },
    contexts: [contextFor(view)],
    timestamp: null,
    formatComputed: () => '(the stored token)',
    warnings: [],
  };
}

/** Updates are `{"update_id":…}`; the header alone is decisive. */
function detect(view: RequestView): number {
  if (view.headers.has(TOKEN)) return 95;
  return /^\s*\{\s*"update_id"\s*:\s*\d+/.test(view.req.body.subarray(0, 64).toString('utf8')) ? 60 : 0;
}

export const telegram: ProviderDefinition = {
  id: 'telegram',
  name: 'Telegram Bot API',
  reference: null,
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
