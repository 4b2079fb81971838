// A Webex messages:created webhook, as it is delivered.
import { isoAt, sampleEvent } from '../kit/sample-event';

export const webexTemplates = [
  sampleEvent({
    id: 'webex-message-created',
    provider: 'webex',
    name: 'Webex: messages created',
    description: 'A message was posted in a space the bot is in.',
    path: '/webhooks/webex',
    body: (ctx) => ({
      id: `Y2lzY29zcGFyazovL3VzL1dFQkhPT0sv${ctx.hex(8)}`,
      name: 'My Attachment Action Webhook',
      targetUrl: 'https://example.com/webhooks/webex',
      resource: 'messages',
      event: 'created',
      orgId: `Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8${ctx.hex(6)}`,
      createdBy: `Y2lzY29zcGFyazovL3VzL1BFT1BMRS8${ctx.hex(6)}`,
      appId: `Y2lzY29zcGFyazovL3VzL0FQUExJQ0FUSU9OL0M${ctx.hex(6)}`,
      ownedBy: 'creator',
      status: 'active',
      created: isoAt(ctx.nowUnix),
      actorId: `Y2lzY29zcGFyazovL3VzL1BFT1BMRS8${ctx.hex(6)}`,
      data: {
        id: `Y2lzY29zcGFyazovL3VzL01FU1NBR0Uv${ctx.hex(6)}`,
        roomId: `Y2lzY29zcGFyazovL3VzL1JPT00v${ctx.hex(6)}`,
        personEmail: 'matt@example.com',
        created: isoAt(ctx.nowUnix),
      },
    }),
  }),
];
