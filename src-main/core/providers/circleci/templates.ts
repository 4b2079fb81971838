// A CircleCI workflow-completed webhook, as it is delivered.
import { isoAt, sampleEvent, uuidFrom } from '../kit/sample-event';

export const circleciTemplates = [
  sampleEvent({
    id: 'circleci-workflow-completed',
    provider: 'circleci',
    name: 'CircleCI: workflow-completed',
    description: 'The build-and-test workflow on main succeeded.',
    path: '/webhooks/circleci',
    headers: () => [['circleci-event-type', 'workflow-completed']],
    body: (ctx) => ({
      type: 'workflow-completed',
      id: uuidFrom(ctx),
      happened_at: isoAt(ctx.nowUnix),
      webhook: { id: uuidFrom(ctx), name: 'Deploy hook' },
      workflow: {
        id: uuidFrom(ctx),
        name: 'build-and-test',
        status: 'success',
        created_at: isoAt(ctx.nowUnix - 300),
        stopped_at: isoAt(ctx.nowUnix),
      },
      pipeline: { id: uuidFrom(ctx), number: 130, vcs: { branch: 'main', revision: ctx.hex(20) } },
      project: { id: uuidFrom(ctx), name: 'api', slug: 'gh/acme/api' },
      organization: { id: uuidFrom(ctx), name: 'acme' },
    }),
  }),
];
