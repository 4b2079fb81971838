// Non-messaging event families, tried in order after the message decoders found nothing. Header
// facts (GitHub, Shopify, Standard Webhooks ids) come first because they are unambiguous; shape-only families last.
import type { Card } from '@shared/cards';
import { githubEvents } from './github';
import { headerLookup } from './headers';
import { linearEvents } from './linear';
import { paddleEvents } from './paddle';
import { shopifyEvents } from './shopify';
import { slackEvents } from './slack';
import { squareEvents } from './square';
import { standardWebhookEvents } from './standard-webhooks';
import { stripeEvents } from './stripe';
import { twilioCallEvents } from './twilio-call';
import type { EventFamily } from './types';

export const eventFamilies: readonly EventFamily[] = [
  githubEvents,
  shopifyEvents,
  standardWebhookEvents,
  stripeEvents,
  slackEvents,
  linearEvents,
  paddleEvents,
  squareEvents,
  twilioCallEvents,
];

export function decodeEvent(
  body: { json: unknown; form: URLSearchParams | null },
  headers: [string, string][],
): { family: EventFamily; card: Card } | null {
  const header = headerLookup(headers);
  for (const family of eventFamilies) {
    const card = family.decode({ ...body, header });
    if (card !== null) return { family, card };
  }
  return null;
}
