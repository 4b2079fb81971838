// A Buildkite build.finished webhook, as it is delivered.
import { isoAt, sampleEvent, uuidFrom } from '../kit/sample-event';

export const buildkiteTemplates = [
  sampleEvent({
    id: 'buildkite-build-finished',
    provider: 'buildkite',
    name: 'Buildkite: build.finished',
    description: 'A build on main passed.',
    path: '/webhooks/buildkite',
    headers: () => [['X-Buildkite-Event', 'build.finished']],
    body: (ctx) => ({
      event: 'build.finished',
      build: {
        id: uuidFrom(ctx),
        number: 42,
        state: 'passed',
        branch: 'main',
        commit: ctx.hex(20),
        message: 'Bump version',
        finished_at: isoAt(ctx.nowUnix),
      },
      pipeline: { slug: 'api', name: 'API' },
      sender: { id: uuidFrom(ctx), name: 'Keith Pitt' },
    }),
  }),
];
