// Square: {merchant_id, type: "payment.updated", event_id, created_at, data: {type, id, object:
// {<type>: {…, amount_money: {amount (minor units), currency}, status}}}}.
import { compact, nonEmpty, own, record } from '../payloads/json-access';
import { fromIsoString } from '../payloads/time';
import { eventCard } from './event-card';
import { minorUnits } from './money';
import type { EventFamily } from './types';

export const squareEvents: EventFamily = {
  family: 'square-event',
  label: 'Square',
  decode({ json }) {
    const type = nonEmpty(json, 'type');
    const eventId = nonEmpty(json, 'event_id');
    if (type === null || eventId === null || nonEmpty(json, 'merchant_id') === null) return null;
    const data = record(json, 'data');
    const objectType = nonEmpty(data, 'type');
    const object = objectType !== null ? record(record(data, 'object'), objectType) : null;
    const money = record(object, 'amount_money') ?? record(object, 'total_money');
    return eventCard({
      type,
      id: eventId,
      timestamp: fromIsoString(own(json, 'created_at')),
      subject: nonEmpty(data, 'id'),
      facts: [
        minorUnits(own(money, 'amount'), own(money, 'currency')),
        nonEmpty(object, 'status') ?? nonEmpty(object, 'state'),
      ],
      details: compact([['merchant', nonEmpty(json, 'merchant_id')]]),
    });
  },
};
