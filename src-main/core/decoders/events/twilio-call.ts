// Twilio Voice status callbacks (form): CallSid, CallStatus, From, To, Direction and, once the call
// ended, CallDuration in seconds. Message status callbacks stay with the message decoder.
import { eventCard } from './event-card';
import type { EventFamily } from './types';

export const twilioCallEvents: EventFamily = {
  family: 'twilio-call',
  label: 'Twilio',
  decode({ form }) {
    const sid = form?.get('CallSid') ?? null;
    const status = form?.get('CallStatus') ?? null;
    if (form == null || sid === null || status === null) return null;
    const duration = form.get('CallDuration');
    const route = [form.get('From'), form.get('To')].filter(Boolean).join(' → ');
    return eventCard({
      type: `call ${status}`,
      id: sid,
      subject: route || null,
      facts: [duration !== null && /^\d+$/.test(duration) ? `${duration} s` : null, form.get('Direction')],
      details: { accountSid: form.get('AccountSid'), callbackSource: form.get('CallbackSource') },
    });
  },
};
