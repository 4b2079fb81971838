// A Heroku api:release webhook, as it is delivered.
import { isoAt, sampleEvent, uuidFrom } from '../kit/sample-event';

export const herokuTemplates = [
  sampleEvent({
    id: 'heroku-release',
    provider: 'heroku',
    name: 'Heroku: api:release',
    description: 'A new release of the app was created.',
    path: '/webhooks/heroku',
    headers: (ctx) => [['Heroku-Webhook-Id', uuidFrom(ctx)]],
    body: (ctx) => ({
      id: uuidFrom(ctx),
      data: {
        id: uuidFrom(ctx),
        app: { id: uuidFrom(ctx), name: 'example-app' },
        description: 'Deploy 2e3c9a5',
        status: 'succeeded',
        version: 42,
        current: true,
        created_at: isoAt(ctx.nowUnix),
      },
      action: 'create',
      resource: 'release',
      created_at: isoAt(ctx.nowUnix),
      webhook_metadata: {
        attempt: { id: uuidFrom(ctx) },
        delivery: { id: uuidFrom(ctx) },
        event: { id: uuidFrom(ctx), include: 'api:release' },
      },
    }),
  }),
];
