// Linear: {action, type ("Issue", "Comment"…), data: {identifier "ENG-123", title | body},
// createdAt, webhookTimestamp (ms)}, with the same type in the Linear-Event header.
import { compact, nonEmpty, own, record } from '../payloads/json-access';
import { oneLine } from '../payloads/summary-line';
import { fromIsoString, fromUnixMillis } from '../payloads/time';
import { eventCard } from './event-card';
import type { EventFamily } from './types';

export const linearEvents: EventFamily = {
  family: 'linear-event',
  label: 'Linear',
  decode({ json, header }) {
    const type = nonEmpty(json, 'type');
    const action = nonEmpty(json, 'action');
    const fromLinear =
      header('linear-event') !== null ||
      header('linear-delivery') !== null ||
      own(json, 'webhookTimestamp') !== undefined;
    if (type === null || action === null || !fromLinear) return null;
    const data = record(json, 'data');
    const title = nonEmpty(data, 'title') ?? nonEmpty(data, 'body') ?? nonEmpty(data, 'name');
    return eventCard({
      type: `${type}.${action}`,
      id: header('linear-delivery'),
      timestamp: fromIsoString(own(json, 'createdAt')) ?? fromUnixMillis(own(json, 'webhookTimestamp')),
      subject: nonEmpty(data, 'identifier') ?? nonEmpty(data, 'id'),
      facts: [title !== null ? oneLine(title, 60) : null],
      actor: nonEmpty(record(json, 'actor'), 'name'),
      details: compact([
        ['url', nonEmpty(json, 'url')],
        ['organizationId', nonEmpty(json, 'organizationId')],
      ]),
    });
  },
};
