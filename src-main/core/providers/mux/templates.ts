// A Mux video.asset.ready event, as its webhook delivers it.
import { isoAt, sampleEvent, uuidFrom } from '../kit/sample-event';

export const muxTemplates = [
  sampleEvent({
    id: 'mux-asset-ready',
    provider: 'mux',
    name: 'Mux: video.asset.ready',
    description: 'An uploaded video finished processing.',
    path: '/webhooks/mux',
    body: (ctx) => ({
      type: 'video.asset.ready',
      object: { type: 'asset', id: ctx.hex(16) },
      id: uuidFrom(ctx),
      environment: { name: 'Production', id: 'j0863n' },
      created_at: isoAt(ctx.nowUnix),
      data: {
        id: ctx.hex(16),
        status: 'ready',
        duration: 23.857167,
        aspect_ratio: '16:9',
        playback_ids: [{ policy: 'public', id: ctx.hex(16) }],
      },
      attempts: [],
    }),
  }),
];
