// A Jira Cloud issue created, as an admin webhook delivers it.
import { sampleEvent } from '../kit/sample-event';

export const atlassianTemplates = [
  sampleEvent({
    id: 'jira-issue-created',
    provider: 'atlassian',
    name: 'Jira: jira:issue_created',
    description: 'A new issue in a Jira Cloud project.',
    path: '/webhooks/jira',
    headers: (ctx) => [
      ['User-Agent', 'Atlassian Webhook HTTP Client'],
      ['X-Atlassian-Webhook-Identifier', String(Number.parseInt(ctx.hex(4), 16))],
      ['X-Atlassian-Webhook-Retry', '0'],
    ],
    body: (ctx) => ({
      timestamp: ctx.nowUnix * 1000,
      webhookEvent: 'jira:issue_created',
      issue_event_type_name: 'issue_created',
      user: { accountId: `5b10ac8d82e05b22cc7d${ctx.hex(2)}`, displayName: 'Ada Lovelace' },
      issue: {
        id: '10002',
        key: 'ENG-42',
        fields: {
          summary: 'Checkout fails for EU cards',
          issuetype: { name: 'Bug' },
          status: { name: 'To Do' },
        },
      },
    }),
  }),
];
