// A Tally form response, as its webhook delivers it.
import { isoAt, sampleEvent } from '../kit/sample-event';

export const tallyTemplates = [
  sampleEvent({
    id: 'tally-form-response',
    provider: 'tally',
    name: 'Tally: FORM_RESPONSE',
    description: 'Someone submitted the contact form.',
    path: '/webhooks/tally',
    body: (ctx) => ({
      eventId: ctx.hex(8),
      eventType: 'FORM_RESPONSE',
      createdAt: isoAt(ctx.nowUnix),
      data: {
        responseId: '2wgx4n',
        submissionId: '2wgx4n',
        respondentId: 'dwQKYm',
        formId: 'VwbNEw',
        formName: 'Webhook payload',
        createdAt: isoAt(ctx.nowUnix),
        fields: [{ key: 'question_mVGEg3', label: 'Email', type: 'INPUT_EMAIL', value: 'alice@example.com' }],
      },
    }),
  }),
];
