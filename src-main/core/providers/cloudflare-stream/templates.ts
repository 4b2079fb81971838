// A Cloudflare Stream "video ready" notification, as its webhook delivers it.
import { isoAt, sampleEvent } from '../kit/sample-event';

export const cloudflareStreamTemplates = [
  sampleEvent({
    id: 'cloudflare-stream-ready',
    provider: 'cloudflare-stream',
    name: 'Cloudflare Stream: video ready',
    description: 'An uploaded video finished encoding and is ready to stream.',
    path: '/webhooks/cloudflare-stream',
    body: (ctx) => ({
      uid: ctx.hex(16),
      readyToStream: true,
      status: { state: 'ready' },
      meta: { name: 'product-demo.mp4' },
      created: isoAt(ctx.nowUnix - 120),
      modified: isoAt(ctx.nowUnix),
      duration: 42.5,
      playback: { hls: `https://customer-x.cloudflarestream.com/${ctx.hex(16)}/manifest/video.m3u8` },
    }),
  }),
];
