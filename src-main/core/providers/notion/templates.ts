// A Notion page.content_updated event, as a webhook subscription delivers it.
import { isoAt, sampleEvent, uuidFrom } from '../kit/sample-event';

export const notionTemplates = [
  sampleEvent({
    id: 'notion-page-content-updated',
    provider: 'notion',
    name: 'Notion: page.content_updated',
    description: 'Someone edited a page the integration can see.',
    path: '/webhooks/notion',
    body: (ctx) => ({
      id: uuidFrom(ctx),
      timestamp: isoAt(ctx.nowUnix),
      workspace_id: uuidFrom(ctx),
      workspace_name: 'Acme',
      subscription_id: uuidFrom(ctx),
      integration_id: uuidFrom(ctx),
      type: 'page.content_updated',
      authors: [{ id: uuidFrom(ctx), type: 'person' }],
      attempt_number: 1,
      entity: { id: uuidFrom(ctx), type: 'page' },
      data: {
        parent: { id: uuidFrom(ctx), type: 'space' },
        updated_blocks: [{ id: uuidFrom(ctx), type: 'block' }],
      },
    }),
  }),
];
