// A DocuSign Connect (JSON, SIM) envelope-completed event.
import { isoAt, sampleEvent, uuidFrom } from '../kit/sample-event';

export const docusignTemplates = [
  sampleEvent({
    id: 'docusign-envelope-completed',
    provider: 'docusign',
    name: 'DocuSign Connect: envelope-completed',
    description: 'Every recipient signed the envelope (JSON SIM event).',
    path: '/webhooks/docusign',
    body: (ctx) => ({
      event: 'envelope-completed',
      apiVersion: 'v2.1',
      uri: `/restapi/v2.1/accounts/${uuidFrom(ctx)}/envelopes/${uuidFrom(ctx)}`,
      retryCount: 0,
      configurationId: 10418,
      generatedDateTime: isoAt(ctx.nowUnix),
      data: {
        accountId: uuidFrom(ctx),
        userId: uuidFrom(ctx),
        envelopeId: uuidFrom(ctx),
        envelopeSummary: { status: 'completed', emailSubject: 'Please sign this contract' },
      },
    }),
  }),
];
