// Slack: Events API callbacks (JSON, type "event_callback" with an inner event), the
// url_verification handshake, interactivity (form field `payload` holding JSON) and slash
// commands (form with `command`).
import { compact, nonEmpty, record, text } from '../payloads/json-access';
import { oneLine } from '../payloads/summary-line';
import { fromUnixSeconds } from '../payloads/time';
import { eventCard } from './event-card';
import type { EventFamily } from './types';

function interactive(form: URLSearchParams) {
  const raw = form.get('payload');
  if (raw === null) return null;
  try {
    const payload = JSON.parse(raw) as unknown;
    const type = nonEmpty(payload, 'type');
    if (type === null) return null;
    return eventCard({
      type,
      subject: nonEmpty(record(payload, 'team'), 'domain'),
      facts: [nonEmpty(payload, 'callback_id')],
      actor: nonEmpty(record(payload, 'user'), 'username') ?? nonEmpty(record(payload, 'user'), 'id'),
      details: compact([['triggerId', nonEmpty(payload, 'trigger_id')]]),
    });
  } catch {
    return null;
  }
}

export const slackEvents: EventFamily = {
  family: 'slack-event',
  label: 'Slack',
  decode({ json, form, header }) {
    if (form !== null) {
      if (form.has('command') && form.has('team_id'))
        return eventCard({
          type: 'slash_command',
          subject: form.get('command'),
          facts: [form.get('text') ? oneLine(form.get('text') ?? '', 60) : null, form.get('team_domain')],
          actor: form.get('user_name'),
        });
      return header('x-slack-signature') !== null ? interactive(form) : null;
    }
    const type = nonEmpty(json, 'type');
    if (
      type === 'url_verification' &&
      nonEmpty(json, 'challenge') !== null &&
      nonEmpty(json, 'token') !== null
    )
      return eventCard({ type, subject: 'Slack checks the endpoint' });
    if (type !== 'event_callback') return null;
    const event = record(json, 'event');
    const inner = nonEmpty(event, 'type') ?? 'event';
    const message = nonEmpty(event, 'text');
    return eventCard({
      type: inner,
      id: nonEmpty(json, 'event_id'),
      timestamp: fromUnixSeconds(text(json, 'event_time')),
      subject: nonEmpty(event, 'channel') ?? nonEmpty(json, 'team_id'),
      facts: [message !== null ? oneLine(message, 60) : null],
      actor: nonEmpty(event, 'user'),
      details: compact([
        ['team', nonEmpty(json, 'team_id')],
        ['apiApp', nonEmpty(json, 'api_app_id')],
      ]),
    });
  },
};
