// Builds the Event card every family returns: the parts a list row and the card show, in order.
import type { Card } from '@shared/cards';
import { makeCard } from '../payloads/card-sink';
import type { JsonRecord } from '../payloads/json-access';

export interface EventFacts {
  /** The event type as the sender names it: "payment_intent.succeeded", "push", "orders/create". */
  type: string;
  /** Delivery or event id. */
  id?: string | null;
  timestamp?: string | null;
  /** The object the event is about, as users name it: "pi_3N…", "octo/hello #12", "#1001". */
  subject?: string | null;
  /** One or two short facts: "20.00 USD", "3 commits by octocat", "shop.myshopify.com". */
  facts?: Array<string | null | undefined>;
  /** Who caused it (GitHub sender, Slack user), shown as the card's "from". */
  actor?: string | null;
  details?: JsonRecord;
}

export function eventCard(facts: EventFacts): Card {
  const parts = [facts.type, facts.subject, ...(facts.facts ?? [])].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  return makeCard({
    kind: 'event',
    type: facts.type,
    id: facts.id ?? null,
    timestamp: facts.timestamp ?? null,
    from: facts.actor ?? null,
    summary: parts.join(' · '),
    details: facts.details ?? {},
  });
}
