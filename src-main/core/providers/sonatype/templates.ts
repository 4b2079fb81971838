// A Nexus Repository component-created webhook, as it is delivered.
import { isoAt, sampleEvent, uuidFrom } from '../kit/sample-event';

export const sonatypeTemplates = [
  sampleEvent({
    id: 'sonatype-component-created',
    provider: 'sonatype',
    name: 'Nexus: rm:repository:component CREATED',
    description: 'A component was published to maven-releases.',
    path: '/webhooks/nexus',
    headers: (ctx) => [
      ['X-Nexus-Webhook-Id', 'rm:repository:component'],
      ['X-Nexus-Webhook-Delivery', uuidFrom(ctx)],
    ],
    body: (ctx) => ({
      timestamp: isoAt(ctx.nowUnix),
      nodeId: `${ctx.hex(4)}-${ctx.hex(4)}`,
      initiator: 'admin/127.0.0.1',
      repositoryName: 'maven-releases',
      action: 'CREATED',
      component: {
        id: ctx.hex(8),
        componentId: ctx.hex(12),
        format: 'maven2',
        name: 'widget',
        group: 'org.example',
        version: '1.0.0',
      },
    }),
  }),
];
