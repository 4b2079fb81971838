// An X Account Activity favorite event, as the webhook delivers it.
import { sampleEvent } from '../kit/sample-event';

export const twitterTemplates = [
  sampleEvent({
    id: 'twitter-favorite',
    provider: 'twitter',
    name: 'X: favorite_events',
    description: 'Someone liked a post of the subscribed user.',
    path: '/webhooks/x',
    body: (ctx) => ({
      for_user_id: '2244994945',
      favorite_events: [
        {
          id: ctx.hex(16),
          created_at: new Date(ctx.nowUnix * 1000).toUTCString(),
          timestamp_ms: ctx.nowUnix * 1000,
          favorited_status: { id_str: '1050118621198921728', text: 'To make room for more expression…' },
          user: { id_str: '6253282', screen_name: 'XDevelopers' },
        },
      ],
    }),
  }),
];
