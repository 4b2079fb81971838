// A Calendly booking (invitee.created), as its webhook delivers it.
import { isoAt, sampleEvent, uuidFrom } from '../kit/sample-event';

export const calendlyTemplates = [
  sampleEvent({
    id: 'calendly-invitee-created',
    provider: 'calendly',
    name: 'Calendly: invitee.created',
    description: 'Someone booked a 30-minute meeting.',
    path: '/webhooks/calendly',
    body: (ctx) => ({
      created_at: isoAt(ctx.nowUnix),
      created_by: `https://api.calendly.com/users/${uuidFrom(ctx)}`,
      event: 'invitee.created',
      payload: {
        email: 'test@example.test',
        name: 'John Doe',
        status: 'active',
        timezone: 'Europe/Paris',
        uri: `https://api.calendly.com/scheduled_events/${uuidFrom(ctx)}/invitees/${uuidFrom(ctx)}`,
        scheduled_event: {
          name: '30 Minute Meeting',
          start_time: isoAt(ctx.nowUnix + 86400),
          end_time: isoAt(ctx.nowUnix + 86400 + 1800),
          status: 'active',
        },
      },
    }),
  }),
];
