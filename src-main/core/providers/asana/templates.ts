// An Asana task change, as a webhook on a project delivers it.
import { isoAt, sampleEvent } from '../kit/sample-event';

export const asanaTemplates = [
  sampleEvent({
    id: 'asana-task-changed',
    provider: 'asana',
    name: 'Asana: task changed',
    description: 'A task in the watched project had its name changed.',
    path: '/webhooks/asana',
    body: (ctx) => ({
      events: [
        {
          action: 'changed',
          created_at: isoAt(ctx.nowUnix),
          change: { action: 'changed', field: 'name' },
          parent: null,
          resource: { gid: '1203427961838411', resource_type: 'task' },
          user: { gid: '1201234567890123', resource_type: 'user' },
        },
      ],
    }),
  }),
];
