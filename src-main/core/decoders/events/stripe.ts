// Stripe events: {id: "evt_…", object: "event", type, created (unix s), data: {object: {…}}}.
// The key object is data.object; money is in minor units of its currency.
import { nonEmpty, own, record, text } from '../payloads/json-access';
import { fromUnixSeconds } from '../payloads/time';
import { eventCard } from './event-card';
import { minorUnits } from './money';
import type { EventFamily } from './types';

export const stripeEvents: EventFamily = {
  family: 'stripe-event',
  label: 'Stripe',
  decode({ json }) {
    const type = nonEmpty(json, 'type');
    // Other senders say object: "event" too (Clerk): Stripe's event ids are evt_….
    if (own(json, 'object') !== 'event' || type === null || !/^evt_/.test(text(json, 'id') ?? ''))
      return null;
    const object = record(record(json, 'data'), 'object');

    const amount = minorUnits(
      own(object, 'amount_total') ?? own(object, 'amount') ?? own(object, 'amount_due'),
      own(object, 'currency'),
    );
    const status = nonEmpty(object, 'status');
    return eventCard({
      type,
      id: text(json, 'id'),
      timestamp: fromUnixSeconds(own(json, 'created')),
      subject: text(object, 'id'),
      facts: [amount, status],
      details: {
        object: text(object, 'object'),
        livemode: own(json, 'livemode'),
        customer: text(object, 'customer'),
        apiVersion: text(json, 'api_version'),
      },
    });
  },
};
