// Shopify: the topic ("orders/create") and shop are headers; the body is the object itself (an
// order, a product, a customer) with decimal-string prices.
import { compact, nonEmpty, own, text } from '../payloads/json-access';
import { fromIsoString } from '../payloads/time';
import { eventCard } from './event-card';
import { decimalAmount } from './money';
import type { EventFamily } from './types';

export const shopifyEvents: EventFamily = {
  family: 'shopify-event',
  label: 'Shopify',
  decode({ json, header }) {
    const topic = header('x-shopify-topic');
    if (topic === null || typeof json !== 'object' || json === null) return null;
    const shop = header('x-shopify-shop-domain');
    const name =
      nonEmpty(json, 'name') ?? nonEmpty(json, 'title') ?? nonEmpty(json, 'email') ?? text(json, 'id');
    const total = decimalAmount(own(json, 'total_price'), own(json, 'currency'));
    return eventCard({
      type: topic,
      id: header('x-shopify-webhook-id') ?? header('x-shopify-event-id'),
      timestamp: fromIsoString(header('x-shopify-triggered-at')) ?? fromIsoString(own(json, 'updated_at')),
      subject: name,
      facts: [total, nonEmpty(json, 'financial_status'), shop],
      details: compact([
        ['shop', shop],
        ['objectId', text(json, 'id')],
        ['apiVersion', header('x-shopify-api-version')],
      ]),
    });
  },
};
