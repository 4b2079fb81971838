// An Airtable webhook ping (changes are then fetched from the payloads endpoint).
import { isoAt, sampleEvent } from '../kit/sample-event';

export const airtableTemplates = [
  sampleEvent({
    id: 'airtable-webhook-ping',
    provider: 'airtable',
    name: 'Airtable: change notification',
    description: 'A base changed; the handler fetches the payloads.',
    path: '/webhooks/airtable',
    body: (ctx) => ({
      base: { id: `app${ctx.hex(7)}` },
      webhook: { id: `ach${ctx.hex(7)}` },
      timestamp: isoAt(ctx.nowUnix),
    }),
  }),
];
