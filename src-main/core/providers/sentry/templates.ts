// A Sentry issue alert sent to an internal integration.
import { isoAt, sampleEvent, uuidFrom } from '../kit/sample-event';

export const sentryTemplates = [
  sampleEvent({
    id: 'sentry-issue-created',
    provider: 'sentry',
    name: 'Sentry: issue.created',
    description: 'A new issue in a project (Sentry-Hook-Resource: issue).',
    path: '/webhooks/sentry',
    headers: (ctx) => [
      ['Sentry-Hook-Resource', 'issue'],
      ['Request-ID', uuidFrom(ctx)],
    ],
    body: (ctx) => ({
      action: 'created',
      installation: { uuid: uuidFrom(ctx) },
      data: {
        issue: {
          id: '1170820242',
          shortId: 'SHOP-1A',
          title: "TypeError: Cannot read properties of undefined (reading 'total')",
          culprit: 'checkout/cart.js in computeTotal',
          level: 'error',
          status: 'unresolved',
          firstSeen: isoAt(ctx.nowUnix),
          project: { id: '1', name: 'shop', slug: 'shop', platform: 'javascript' },
        },
      },
      actor: { type: 'application', id: 'sentry', name: 'Sentry' },
    }),
  }),
];
