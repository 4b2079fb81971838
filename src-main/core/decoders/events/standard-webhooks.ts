// Standard Webhooks / Svix senders (Clerk, Resend, OpenAI, Replicate…): `webhook-id` or `svix-id`
// headers and a body {type, timestamp, data}. The data's id or object names the subject.
import { compact, nonEmpty, own, record, text } from '../payloads/json-access';
import { fromIsoString, fromUnixMillis, fromUnixSeconds } from '../payloads/time';
import { eventCard } from './event-card';
import type { EventFamily } from './types';

/** The spec says ISO 8601; Clerk sends unix milliseconds; some senders seconds. */
function eventTime(value: unknown): string | null {
  if (typeof value !== 'number') return fromIsoString(value);
  return value > 1e12 ? fromUnixMillis(value) : fromUnixSeconds(value);
}

export const standardWebhookEvents: EventFamily = {
  family: 'standard-webhooks-event',
  label: 'Webhook',
  decode({ json, header }) {
    const id = header('webhook-id') ?? header('svix-id');
    const type = nonEmpty(json, 'type');
    if (id === null || type === null) return null;
    const data = record(json, 'data');
    return eventCard({
      type,
      id,
      timestamp: eventTime(own(json, 'timestamp')),
      subject: text(data, 'id') ?? nonEmpty(data, 'object'),
      facts: [nonEmpty(data, 'status'), nonEmpty(data, 'email') ?? nonEmpty(data, 'to')],
      details: compact([['object', nonEmpty(data, 'object')]]),
    });
  },
};
