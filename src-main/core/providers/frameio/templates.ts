// A Frame.io asset.created webhook, as it is delivered.
import { sampleEvent, uuidFrom } from '../kit/sample-event';

export const frameioTemplates = [
  sampleEvent({
    id: 'frameio-asset-created',
    provider: 'frameio',
    name: 'Frame.io: asset.created',
    description: 'A file was added to a project.',
    path: '/webhooks/frameio',
    body: (ctx) => ({
      type: 'asset.created',
      resource: { type: 'asset', id: uuidFrom(ctx) },
      user: { id: uuidFrom(ctx) },
      team: { id: uuidFrom(ctx) },
    }),
  }),
];
