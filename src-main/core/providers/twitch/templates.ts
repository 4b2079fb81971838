// A Twitch EventSub notification (channel.follow), as the webhook transport delivers it.
import { isoAt, sampleEvent, uuidFrom } from '../kit/sample-event';

export const twitchTemplates = [
  sampleEvent({
    id: 'twitch-channel-follow',
    provider: 'twitch',
    name: 'Twitch EventSub: channel.follow',
    description: 'A new follower (message type notification).',
    path: '/webhooks/twitch',
    headers: () => [
      ['Twitch-Eventsub-Message-Type', 'notification'],
      ['Twitch-Eventsub-Message-Retry', '0'],
      ['Twitch-Eventsub-Subscription-Type', 'channel.follow'],
      ['Twitch-Eventsub-Subscription-Version', '2'],
    ],
    body: (ctx) => ({
      subscription: {
        id: uuidFrom(ctx),
        status: 'enabled',
        type: 'channel.follow',
        version: '2',
        cost: 0,
        condition: { broadcaster_user_id: '1337', moderator_user_id: '1337' },
        transport: { method: 'webhook', callback: 'https://example.com/webhooks/twitch' },
        created_at: isoAt(ctx.nowUnix - 3600),
      },
      event: {
        user_id: '1234',
        user_login: 'cool_user',
        user_name: 'Cool_User',
        broadcaster_user_id: '1337',
        broadcaster_user_login: 'cooler_user',
        broadcaster_user_name: 'Cooler_User',
        followed_at: isoAt(ctx.nowUnix),
      },
    }),
  }),
];
