// A PagerDuty v3 incident.triggered event.
import { isoAt, sampleEvent } from '../kit/sample-event';

export const pagerdutyTemplates = [
  sampleEvent({
    id: 'pagerduty-incident-triggered',
    provider: 'pagerduty',
    name: 'PagerDuty: incident.triggered',
    description: 'A new high-urgency incident (v3 webhook).',
    path: '/webhooks/pagerduty',
    headers: (ctx) => [
      ['X-Webhook-Id', ctx.hex(16)],
      ['X-Webhook-Subscription', `P${ctx.hex(3).toUpperCase()}`],
      ['User-Agent', 'PagerDuty-Webhook/V3.0'],
    ],
    body: (ctx) => ({
      event: {
        id: `01${ctx.hex(12).toUpperCase()}`,
        event_type: 'incident.triggered',
        resource_type: 'incident',
        occurred_at: isoAt(ctx.nowUnix),
        agent: null,
        data: {
          id: `Q${ctx.hex(6).toUpperCase()}`,
          type: 'incident',
          number: 2,
          title: 'A little bump in the road',
          status: 'triggered',
          urgency: 'high',
          service: { id: 'PF9KMXH', type: 'service_reference', summary: 'API Service' },
        },
      },
    }),
  }),
];
