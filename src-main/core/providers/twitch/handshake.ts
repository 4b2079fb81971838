// Twitch confirms a webhook subscription with a signed POST (message type
// `webhook_callback_verification`) whose body carries `challenge`; the endpoint must answer 200 with
// the challenge as plain text. The receiver checks the signature first when the secret is stored,
// as Twitch asks, and answers 403 to a forged one.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { HandshakeInfo } from '@shared/signature-types';
import type { RequestView } from '../../signatures/types';
import { headerOf, smallJsonWith } from '../kit/request-peek';
import type { ReceiverHandshake } from '../types';

const TYPE = 'twitch-eventsub-message-type';
const VERIFICATION = 'webhook_callback_verification';

function challengeOf(body: Buffer): string | null {
  const json = smallJsonWith(body, '"challenge"', 64 * 1024);
  if (typeof json !== 'object' || json === null) return null;
  const challenge = (json as { challenge?: unknown }).challenge;
  return typeof challenge === 'string' ? challenge : null;
}

export function twitchHandshake(view: RequestView): HandshakeInfo | null {
  if (view.headers.get(TYPE) !== VERIFICATION) return null;
  const challenge = challengeOf(view.req.body);
  return {
    kind: 'twitch-verification',
    note:
      challenge === null
        ? 'Twitch webhook_callback_verification without a challenge in the body.'
        : 'Twitch webhook_callback_verification: answer 200 with the challenge as text/plain (after checking the signature).',
    expectedResponse: challenge === null ? null : { status: 200, contentType: 'text/plain', body: challenge },
  };
}

function signedBy(headers: readonly [string, string][], body: Buffer, secrets: readonly string[]): boolean {
  const id = headerOf(headers, 'twitch-eventsub-message-id') ?? '';
  const timestamp = headerOf(headers, 'twitch-eventsub-message-timestamp') ?? '';
  const received = Buffer.from((headerOf(headers, 'twitch-eventsub-message-signature') ?? '').trim());
  return secrets.some((secret) => {
    const digest = createHmac('sha256', secret).update(id).update(timestamp).update(body).digest('hex');
    const expected = Buffer.from(`sha256=${digest}`);
    return expected.length === received.length && timingSafeEqual(expected, received);
  });
}

export const twitchReceiverHandshake: ReceiverHandshake = {
  methods: ['POST'],
  needsQuery: false,
  answer(req, settings) {
    if (headerOf(req.headers, TYPE) !== VERIFICATION) return null;
    const challenge = challengeOf(req.body);
    if (challenge === null) return null;
    const secrets = settings.secrets();
    if (secrets.length > 0 && !signedBy(req.headers, req.body, secrets)) {
      return {
        status: 403,
        body: 'signature mismatch',
        contentType: 'text/plain; charset=utf-8',
        note: 'Twitch callback verification: signature does not match the stored secret — answered 403, subscription not confirmed',
      };
    }
    return {
      status: 200,
      body: challenge,
      contentType: 'text/plain; charset=utf-8',
      note:
        secrets.length > 0
          ? 'Twitch callback verification: signature valid, challenge answered'
          : 'Twitch callback verification: challenge answered, signature not checked (no secret stored)',
    };
  },
};
