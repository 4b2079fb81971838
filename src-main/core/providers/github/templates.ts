// Sample events for compose / test events (signed afterwards by the provider's signer). GitHub: a push.
import { json, type EventTemplate } from '../../replay/templates/types';

export const githubTemplates: EventTemplate[] = [
  {
    id: 'github-push',
    provider: 'github',
    name: 'GitHub: push',
    description: 'A push to main (X-GitHub-Event: push).',
    method: 'POST',
    path: '/webhooks/github',
    contentType: 'application/json',
    build: (ctx) => ({
      headers: [
        ['User-Agent', 'GitHub-Hookshot/4f1e2d3'],
        ['Content-Type', 'application/json'],
        ['X-GitHub-Event', 'push'],
        ['X-GitHub-Delivery', `${ctx.hex(4)}-${ctx.hex(2)}-${ctx.hex(2)}-${ctx.hex(2)}-${ctx.hex(6)}`],
        ['X-GitHub-Hook-ID', '492011283'],
      ],
      body: json({
        ref: 'refs/heads/main',
        before: ctx.hex(20),
        after: ctx.hex(20),
        repository: { id: 1296269, full_name: 'octo-org/hello-world', private: false },
        pusher: { name: 'octocat', email: 'octocat@example.test' },
        head_commit: {
          id: ctx.hex(20),
          message: 'Fix webhook handler',
          timestamp: new Date(ctx.nowUnix * 1000).toISOString(),
        },
      }),
    }),
  },
];
