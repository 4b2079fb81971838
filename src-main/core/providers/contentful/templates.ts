// A Contentful entry published (ContentManagement.Entry.publish).
import { isoAt, sampleEvent } from '../kit/sample-event';

export const contentfulTemplates = [
  sampleEvent({
    id: 'contentful-entry-publish',
    provider: 'contentful',
    name: 'Contentful: Entry.publish',
    description: 'An entry published in the master environment (request verification on).',
    path: '/webhooks/contentful',
    contentType: 'application/vnd.contentful.management.v1+json',
    headers: () => [
      ['X-Contentful-Topic', 'ContentManagement.Entry.publish'],
      ['X-Contentful-Webhook-Name', 'Hookscope'],
      ['x-contentful-signed-headers', 'x-contentful-topic,x-contentful-webhook-name'],
    ],
    body: (ctx) => ({
      metadata: { tags: [] },
      sys: {
        type: 'Entry',
        id: ctx.hex(11),
        space: { sys: { type: 'Link', linkType: 'Space', id: 'yadj1kx9rmg0' } },
        environment: { sys: { id: 'master', type: 'Link', linkType: 'Environment' } },
        contentType: { sys: { type: 'Link', linkType: 'ContentType', id: 'blogPost' } },
        revision: 1,
        createdAt: isoAt(ctx.nowUnix),
        updatedAt: isoAt(ctx.nowUnix),
      },
      fields: { title: { 'en-US': 'Hello webhooks' } },
    }),
  }),
];
