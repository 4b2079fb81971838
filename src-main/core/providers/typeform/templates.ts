// A Typeform form submission as its webhook delivers it (event_type form_response).
import { isoAt, sampleEvent } from '../kit/sample-event';

export const typeformTemplates = [
  sampleEvent({
    id: 'typeform-form-response',
    provider: 'typeform',
    name: 'Typeform: form_response',
    description: 'A submitted form with two answers.',
    path: '/webhooks/typeform',
    headers: () => [['User-Agent', 'Typeform Webhooks']],
    body: (ctx) => ({
      event_id: ctx.hex(13).toUpperCase(),
      event_type: 'form_response',
      form_response: {
        form_id: 'lT4Z3j',
        token: ctx.hex(16),
        landed_at: isoAt(ctx.nowUnix - 60),
        submitted_at: isoAt(ctx.nowUnix),
        definition: {
          id: 'lT4Z3j',
          title: 'Webhooks example',
          fields: [
            { id: 'DlXFaesGBpoF', title: 'What is your name?', type: 'short_text', ref: 'name' },
            { id: 'SMEUb7VJz92Q', title: 'Your email?', type: 'email', ref: 'email' },
          ],
        },
        answers: [
          { type: 'text', text: 'Laura', field: { id: 'DlXFaesGBpoF', type: 'short_text', ref: 'name' } },
          {
            type: 'email',
            email: 'laura@example.test',
            field: { id: 'SMEUb7VJz92Q', type: 'email', ref: 'email' },
          },
        ],
      },
    }),
  }),
];
