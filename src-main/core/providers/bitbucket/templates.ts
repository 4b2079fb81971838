// A Bitbucket Cloud push (X-Event-Key: repo:push).
import { isoAt, sampleEvent, uuidFrom } from '../kit/sample-event';

export const bitbucketTemplates = [
  sampleEvent({
    id: 'bitbucket-repo-push',
    provider: 'bitbucket',
    name: 'Bitbucket: repo:push',
    description: 'A push to main of a Bitbucket Cloud repository.',
    path: '/webhooks/bitbucket',
    headers: (ctx) => [
      ['User-Agent', 'Bitbucket-Webhooks/2.0'],
      ['X-Event-Key', 'repo:push'],
      ['X-Hook-UUID', uuidFrom(ctx)],
      ['X-Request-UUID', uuidFrom(ctx)],
      ['X-Attempt-Number', '1'],
    ],
    body: (ctx) => ({
      push: {
        changes: [
          {
            new: { type: 'branch', name: 'main', target: { hash: ctx.hex(20), date: isoAt(ctx.nowUnix) } },
            old: { type: 'branch', name: 'main', target: { hash: ctx.hex(20) } },
            created: false,
            closed: false,
          },
        ],
      },
      repository: { type: 'repository', full_name: 'team/api', name: 'api', uuid: `{${uuidFrom(ctx)}}` },
      actor: { type: 'user', display_name: 'Ada Lovelace', nickname: 'ada' },
    }),
  }),
];
