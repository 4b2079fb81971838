// WhatsApp webhook fields other than messages: template, account and quality updates, calls, user
// preferences, marketing link clicks. They become event cards ("Template X (en_US) REJECTED —
// reason"). Unknown fields still get a card with the field name and the raw value (forward compat).
import { contactKey, phoneOrRaw } from './addresses';
import { CardSink, makeCard } from './card-sink';
import { compact, isRecord, list, nonEmpty, own, record, text, type JsonRecord } from './json-access';
import { fromUnixSeconds } from './time';
import { businessNumber, indexContacts, lookup, valueErrorCards } from './whatsapp-common';

interface FieldEvent {
  summary: string;
  details: JsonRecord;
  /** The thing the event is about (template id, phone), for the redelivery key. */
  subject?: string | null;
  event?: string | null;
  /** The card's id when the event is about one identified thing (a template). */
  cardId?: string | null;
}

const arrow = (from: string | null, to: string | null): string =>
  from !== null ? `${from} → ${to ?? '?'}` : (to ?? '?');

function templateLabel(value: JsonRecord): string {
  const name =
    nonEmpty(value, 'message_template_name') ?? nonEmpty(value, 'message_template_id') ?? '(unnamed)';
  const language = nonEmpty(value, 'message_template_language');
  return `Template ${name}${language ? ` (${language})` : ''}`;
}

function templateStatus(value: JsonRecord): FieldEvent {
  const event = nonEmpty(value, 'event') ?? 'UPDATE';
  const rejection = record(value, 'rejection_info');
  const reasonRaw = nonEmpty(value, 'reason') ?? nonEmpty(rejection, 'reason');
  const reason = reasonRaw !== null && reasonRaw !== 'NONE' ? reasonRaw : null;
  return {
    summary: `${templateLabel(value)} ${event}${reason ? ` — ${reason}` : ''}`,
    event,
    // Template ids are ~16-digit JSON numbers (below 2^53 today): carried as text from here on.
    subject: text(value, 'message_template_id'),
    cardId: text(value, 'message_template_id'),
    details: compact([
      ['templateId', text(value, 'message_template_id')],
      ['templateName', nonEmpty(value, 'message_template_name')],
      ['language', nonEmpty(value, 'message_template_language')],
      ['category', nonEmpty(value, 'message_template_category')],
      ['reason', reasonRaw],
      ['recommendation', nonEmpty(rejection, 'recommendation')],
      ['disableInfo', record(value, 'disable_info')],
      ['otherInfo', record(value, 'other_info')],
    ]),
  };
}

function templateQuality(value: JsonRecord): FieldEvent {
  const previous = nonEmpty(value, 'previous_quality_score');
  const next = nonEmpty(value, 'new_quality_score');
  return {
    summary: `${templateLabel(value)} quality: ${arrow(previous, next)}`,
    event: next,
    subject: text(value, 'message_template_id'),
    cardId: text(value, 'message_template_id'),
    details: compact([
      ['templateId', text(value, 'message_template_id')],
      ['templateName', nonEmpty(value, 'message_template_name')],
      ['previousQuality', previous],
      ['newQuality', next],
    ]),
  };
}

function templateCategory(value: JsonRecord): FieldEvent {
  const previous = nonEmpty(value, 'previous_category');
  const next = nonEmpty(value, 'new_category') ?? nonEmpty(value, 'correct_category');
  return {
    summary: `${templateLabel(value)} category: ${arrow(previous, next)}`,
    event: next,
    subject: text(value, 'message_template_id'),
    cardId: text(value, 'message_template_id'),
    details: compact([
      ['templateId', text(value, 'message_template_id')],
      ['templateName', nonEmpty(value, 'message_template_name')],
      ['previousCategory', previous],
      ['newCategory', next],
    ]),
  };
}

function phoneQuality(value: JsonRecord): FieldEvent {
  const phone = phoneOrRaw(nonEmpty(value, 'display_phone_number'));
  const event = nonEmpty(value, 'event') ?? 'UPDATE';
  const current = nonEmpty(value, 'current_limit');
  return {
    summary: `${phone ?? 'Number'} ${event}: ${arrow(nonEmpty(value, 'old_limit'), current)}`,
    event,
    subject: phone,
    details: compact([
      ['phone', phone],
      ['event', event],
      ['oldLimit', nonEmpty(value, 'old_limit')],
      ['currentLimit', current],
      ['maxDailyConversations', own(value, 'max_daily_conversations_per_business')],
    ]),
  };
}

function accountUpdate(value: JsonRecord): FieldEvent {
  const event = nonEmpty(value, 'event') ?? 'UPDATE';
  const violation = nonEmpty(record(value, 'violation_info'), 'violation_type');
  const restrictions = list(value, 'restriction_info')
    .map((r) => nonEmpty(r, 'restriction_type'))
    .filter((r): r is string => r !== null);
  const extra = [violation, ...restrictions].filter(Boolean).join(', ');
  return {
    summary: `Account ${event}${extra ? ` — ${extra}` : ''}`,
    event,
    subject: nonEmpty(value, 'phone_number'),
    details: compact([
      ['event', event],
      ['violationType', violation],
      [
        'restrictions',
        restrictions.length > 0
          ? list(value, 'restriction_info').map((r) =>
              compact([
                ['type', nonEmpty(r, 'restriction_type')],
                ['expiresAt', fromUnixSeconds(own(r, 'expiration'))],
              ]),
            )
          : null,
      ],
      ['wabaInfo', record(value, 'waba_info')],
      ['banInfo', record(value, 'ban_info')],
    ]),
  };
}

function genericField(field: string, value: JsonRecord): FieldEvent {
  const event = nonEmpty(value, 'event') ?? nonEmpty(value, 'decision') ?? nonEmpty(value, 'alert_type');
  return { summary: event ? `${field}: ${event}` : field, event, details: { raw: value } };
}

const FIELDS: ReadonlyMap<string, (value: JsonRecord) => FieldEvent> = new Map([
  ['message_template_status_update', templateStatus],
  ['message_template_quality_update', templateQuality],
  ['template_category_update', templateCategory],
  ['phone_number_quality_update', phoneQuality],
  ['account_update', accountUpdate],
]);

/** Per-user items inside a value (user_preferences[], calls[], user_actions[]). */
function decodeUserItems(field: string, value: JsonRecord, entryTime: string | null, sink: CardSink): void {
  const business = businessNumber(value);
  const contacts = indexContacts(value);
  const arrayName =
    field === 'calls' ? 'calls' : field === 'user_preferences' ? 'user_preferences' : 'user_actions';
  for (const item of list(value, arrayName)) {
    if (sink.full) return sink.markTruncated();
    if (!isRecord(item)) continue;
    const waId = nonEmpty(item, 'wa_id') ?? nonEmpty(item, 'from');
    const userId = nonEmpty(item, 'user_id') ?? nonEmpty(item, 'from_user_id');
    const person = phoneOrRaw(waId) ?? userId;
    const contact = lookup(contacts, waId, userId);
    let summary: string;
    let type: string;
    if (field === 'calls') {
      const event = nonEmpty(item, 'event') ?? 'call';
      const duration = own(item, 'duration');
      type = `call.${event}`;
      summary = `Call ${event}${nonEmpty(item, 'status') ? ` (${text(item, 'status')})` : ''}${typeof duration === 'number' ? `, ${duration}s` : ''}`;
    } else if (field === 'user_preferences') {
      type = 'user_preferences';
      summary = `${nonEmpty(item, 'category') ?? 'Preferences'}: ${nonEmpty(item, 'value') ?? '?'}${nonEmpty(item, 'detail') ? ` — ${text(item, 'detail')}` : ''}`;
    } else {
      type = nonEmpty(item, 'action_type') ?? nonEmpty(item, 'type') ?? 'user_action';
      summary = `User action: ${type}`;
    }
    sink.add(
      makeCard({
        kind: 'event',
        type,
        from: person,
        fromName: contact?.name ?? contact?.username ?? null,
        to: business.display ?? business.phoneNumberId,
        id: nonEmpty(item, 'id'),
        // user_preferences carries an *int* timestamp; fromUnixSeconds accepts both.
        timestamp: fromUnixSeconds(own(item, 'timestamp')) ?? entryTime,
        summary,
        details: { raw: item },
        channel: 'whatsapp',
        direction: 'inbound',
        conversationKey: contactKey('whatsapp', person),
      }),
      nonEmpty(item, 'id') !== null
        ? `whatsapp:${field}:${nonEmpty(item, 'id')}:${nonEmpty(item, 'event') ?? ''}`
        : null,
    );
  }
}

export function decodeWhatsAppField(
  field: string,
  value: JsonRecord,
  entry: JsonRecord,
  sink: CardSink,
): void {
  // Non-message fields carry entry.time as an *int* of seconds; some values carry their own.
  const entryTime = fromUnixSeconds(own(entry, 'time'));
  if (field === 'calls' || field === 'user_preferences' || Array.isArray(own(value, 'user_actions'))) {
    decodeUserItems(field, value, entryTime, sink);
    // In a `messages` value the messages decoder has already shown value-level errors.
    if (field === 'messages') return;
    for (const card of valueErrorCards(value, businessNumber(value), entryTime)) if (!sink.add(card)) return;
    return;
  }
  const describe = FIELDS.get(field);
  const event = describe ? describe(value) : genericField(field, value);
  const timestamp = fromUnixSeconds(own(value, 'timestamp')) ?? entryTime;
  const entryId = nonEmpty(entry, 'id');
  const key =
    timestamp !== null
      ? `whatsapp:event:${field}:${entryId ?? ''}:${timestamp}:${event.event ?? ''}:${event.subject ?? ''}`
      : null;
  sink.add(
    makeCard({
      kind: 'event',
      type: field,
      id: event.cardId ?? null,
      timestamp,
      summary: event.summary,
      details: { ...event.details, ...compact([['accountId', entryId]]) },
      channel: 'whatsapp',
    }),
    key,
  );
}
