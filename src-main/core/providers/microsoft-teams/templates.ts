// A Teams outgoing-webhook message (someone @mentioned the webhook), as it is delivered.
import { isoAt, sampleEvent } from '../kit/sample-event';

export const microsoftTeamsTemplates = [
  sampleEvent({
    id: 'microsoft-teams-message',
    provider: 'microsoft-teams',
    name: 'Microsoft Teams: @mention',
    description: 'Someone mentioned the outgoing webhook in a channel.',
    path: '/webhooks/teams',
    body: (ctx) => ({
      type: 'message',
      id: String(ctx.nowUnix * 1000),
      timestamp: isoAt(ctx.nowUnix),
      localTimestamp: isoAt(ctx.nowUnix),
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
      channelId: 'msteams',
      from: { id: `29:${ctx.hex(12)}`, name: 'Megan Bowen', aadObjectId: `${ctx.hex(4)}-${ctx.hex(2)}` },
      conversation: { isGroup: true, id: `19:${ctx.hex(12)}@thread.tacv2`, conversationType: 'channel' },
      text: '<at>Helper</at> deploy status?',
      textFormat: 'plain',
    }),
  }),
];
