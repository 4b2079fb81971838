// One event family = one sender's non-messaging webhooks (Stripe events, GitHub deliveries…). A
// family recognises its payload from the body's shape and the sender's own headers, and turns it
// into one Event card: type, the key object, and the one or two facts a user scans for (amount,
// repository, shop). Messaging payloads stay with the message decoders in ../payloads.
import type { Card } from '@shared/cards';
import type { HeaderLookup } from './headers';

export interface EventInput {
  /** Parsed JSON body, or null when the body is not JSON. */
  json: unknown;
  /** Parsed form body (Twilio, Slack slash commands), or null. */
  form: URLSearchParams | null;
  header: HeaderLookup;
}

export interface EventFamily {
  /** Stored as the capture's payload family, e.g. "stripe-event". */
  family: string;
  /** Shown first in the list summary, e.g. "Stripe". */
  label: string;
  /** Returns the card, or null when the payload is not this family's. Must never throw. */
  decode(input: EventInput): Card | null;
}
