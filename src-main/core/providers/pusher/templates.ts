// A Pusher Channels channel_occupied webhook, as it is delivered.
import { sampleEvent } from '../kit/sample-event';

export const pusherTemplates = [
  sampleEvent({
    id: 'pusher-channel-occupied',
    provider: 'pusher',
    name: 'Pusher: channel_occupied',
    description: 'The first subscriber joined a channel.',
    path: '/webhooks/pusher',
    headers: () => [['X-Pusher-Key', 'a1b2c3d4e5f6a7b8c9d0']],
    body: (ctx) => ({
      time_ms: ctx.nowUnix * 1000,
      events: [{ name: 'channel_occupied', channel: 'private-orders' }],
    }),
  }),
];
