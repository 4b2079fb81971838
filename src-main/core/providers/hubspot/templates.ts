// A HubSpot webhook batch: one contact created.
import { sampleEvent } from '../kit/sample-event';

export const hubspotTemplates = [
  sampleEvent({
    id: 'hubspot-contact-creation',
    provider: 'hubspot',
    name: 'HubSpot: contact.creation',
    description: 'A contact created in a connected portal (signed v3).',
    path: '/webhooks/hubspot',
    headers: () => [['User-Agent', 'HubSpot Connect 2.0 (http://dev.hubspot.com/)']],
    body: (ctx) => [
      {
        eventId: Number.parseInt(ctx.hex(4), 16),
        subscriptionId: 2881778,
        portalId: 62515,
        appId: 1160452,
        occurredAt: ctx.nowUnix * 1000,
        subscriptionType: 'contact.creation',
        attemptNumber: 0,
        objectId: 123,
        changeFlag: 'CREATED',
        changeSource: 'CRM',
      },
    ],
  }),
];
