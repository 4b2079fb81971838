// A Sanity webhook for a published document (projection of the default shape).
import { isoAt, sampleEvent } from '../kit/sample-event';

export const sanityTemplates = [
  sampleEvent({
    id: 'sanity-document-create',
    provider: 'sanity',
    name: 'Sanity: document created',
    description: 'A post published in the production dataset.',
    path: '/webhooks/sanity',
    headers: (ctx) => [
      ['sanity-project-id', 'abc123de'],
      ['sanity-dataset', 'production'],
      ['sanity-document-id', `post-${ctx.hex(4)}`],
      ['sanity-operation', 'create'],
      ['sanity-webhook-id', ctx.hex(8)],
      ['idempotency-key', `msg-${ctx.hex(8)}`],
    ],
    body: (ctx) => ({
      _id: `post-${ctx.hex(4)}`,
      _type: 'post',
      _createdAt: isoAt(ctx.nowUnix),
      _updatedAt: isoAt(ctx.nowUnix),
      title: 'Hello webhooks',
      slug: { current: 'hello-webhooks' },
    }),
  }),
];
