// A Webflow form submission, as its webhook delivers it.
import { isoAt, sampleEvent } from '../kit/sample-event';

export const webflowTemplates = [
  sampleEvent({
    id: 'webflow-form-submission',
    provider: 'webflow',
    name: 'Webflow: form_submission',
    description: 'A visitor submitted the contact form.',
    path: '/webhooks/webflow',
    body: (ctx) => ({
      triggerType: 'form_submission',
      payload: {
        name: 'Contact form',
        siteId: ctx.hex(12),
        data: { Name: 'Jane Doe', Email: 'jane@example.com', Message: 'Hello' },
        submittedAt: isoAt(ctx.nowUnix),
        id: ctx.hex(12),
        formId: ctx.hex(12),
        formElementId: `${ctx.hex(4)}-${ctx.hex(2)}`,
      },
    }),
  }),
];
