// Paddle Billing: {event_id, event_type, occurred_at, data: {id, status, currency_code, details:
// {totals: {grand_total (minor units as a string)}}}}. Paddle Classic posts a form with
// alert_name instead.
import { compact, nonEmpty, own, record } from '../payloads/json-access';
import { fromIsoString } from '../payloads/time';
import { eventCard } from './event-card';
import { decimalAmount, minorUnits } from './money';
import type { EventFamily } from './types';

export const paddleEvents: EventFamily = {
  family: 'paddle-event',
  label: 'Paddle',
  decode({ json, form }) {
    if (form !== null) {
      const alert = form.get('alert_name');
      if (alert === null || !form.has('p_signature')) return null;
      return eventCard({
        type: alert,
        id: form.get('alert_id'),
        subject: form.get('order_id') ?? form.get('subscription_id'),
        facts: [
          decimalAmount(form.get('sale_gross') ?? form.get('unit_price'), form.get('currency')),
          form.get('email'),
        ],
      });
    }
    const type = nonEmpty(json, 'event_type');
    const eventId = nonEmpty(json, 'event_id');
    if (type === null || eventId === null) return null;
    const data = record(json, 'data');
    const totals = record(record(data, 'details'), 'totals');
    return eventCard({
      type,
      id: eventId,
      timestamp: fromIsoString(own(json, 'occurred_at')),
      subject: nonEmpty(data, 'id'),
      facts: [
        minorUnits(own(totals, 'grand_total') ?? own(totals, 'total'), own(data, 'currency_code')),
        nonEmpty(data, 'status'),
      ],
      details: compact([['notificationId', nonEmpty(json, 'notification_id')]]),
    });
  },
};
