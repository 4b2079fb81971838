// Twilio Messaging webhooks (form-encoded): inbound WhatsApp/SMS messages and status callbacks.
// Traps (payloads.md §9, §11.7): "+" is a space and %2B a plus (URLSearchParams handles both),
// booleans are the strings "true"/"false", ChannelMetadata is JSON inside a field,
// ChannelToAddress is masked, and there is no timestamp at all (cards carry null, never "now").
import type { Card, CardChannel, CardError } from '@shared/cards';
import { contactKey, phoneOrRaw } from './addresses';
import { CardSink, makeCard } from './card-sink';
import { locationSummary, mapUrl, mediaSummary, statusSummary } from './content-text';
import { compact, type JsonRecord } from './json-access';

const KEY = 'twilio';
/** WhatsApp sends one media item per message; SMS/MMS allows 10. More is not a real payload. */
const MAX_MEDIA = 10;

/**
 * Twilio MessageStatus → ticks; unlisted statuses (undelivered, canceled, received…) keep their own
 * name: "undelivered" (refused downstream) and "failed" (never sent) have different fixes.
 */
const STATUS: ReadonlyMap<string, string> = new Map([
  ['accepted', 'pending'],
  ['scheduled', 'pending'],
  ['queued', 'pending'],
  ['sending', 'pending'],
  ['sent', 'sent'],
  ['delivered', 'delivered'],
  ['read', 'read'],
  ['failed', 'failed'],
]);

/** The few codes people hit daily with WhatsApp; anything else shows the code alone. */
const ERROR_TITLES: ReadonlyMap<string, string> = new Map([
  ['63016', 'Outside the 24-hour window: use a template'],
  ['63003', 'Channel could not find To address'],
  ['63024', 'Invalid message recipient'],
  ['63032', 'User has opted out (stop)'],
  ['63049', 'Meta chose not to deliver this marketing message'],
  ['30003', 'Unreachable destination handset'],
  ['30005', 'Unknown destination handset'],
  ['30006', 'Landline or unreachable carrier'],
  ['30007', 'Carrier violation / filtered'],
  ['30008', 'Unknown error'],
]);

type Form = URLSearchParams;

function field(form: Form, name: string): string | null {
  const value = form.get(name);
  return value !== null && value !== '' ? value : null;
}

function coordinate(form: Form, name: string): number | null {
  const value = Number(field(form, name) ?? Number.NaN);
  return Number.isFinite(value) ? value : null;
}

function channelOf(form: Form): CardChannel {
  const prefixed = `${form.get('From') ?? ''} ${form.get('To') ?? ''}`.toLowerCase();
  if (prefixed.includes('whatsapp:') || form.get('ChannelPrefix') === 'whatsapp' || form.has('WaId'))
    return 'whatsapp';
  if (prefixed.includes('messenger:')) return 'messenger';
  return 'sms';
}

/** JSON inside a form field: parsed for display, or kept raw when it does not parse. */
function nestedJson(raw: string | null): unknown {
  if (raw === null) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function mediaItems(form: Form): JsonRecord[] {
  const declared = Number(form.get('NumMedia') ?? '0');
  const count = Number.isInteger(declared) && declared > 0 ? Math.min(declared, MAX_MEDIA) : 0;
  const items: JsonRecord[] = [];
  for (let i = 0; i < count; i++) {
    items.push(
      compact([
        ['url', field(form, `MediaUrl${i}`)],
        ['contentType', field(form, `MediaContentType${i}`)],
      ]),
    );
  }
  return items;
}

function mediaKind(contentType: string | null): string {
  const major = (contentType ?? '').split('/')[0] ?? '';
  if (major === 'image' || major === 'video' || major === 'audio') return major;
  return 'document';
}

function inboundCard(form: Form): Card {
  const channel = channelOf(form);
  const from = phoneOrRaw(field(form, 'From'));
  const sid = field(form, 'MessageSid') ?? field(form, 'SmsMessageSid') ?? field(form, 'SmsSid');
  const body = form.get('Body');
  const media = mediaItems(form);
  const latitude = coordinate(form, 'Latitude');
  const longitude = coordinate(form, 'Longitude');
  const buttonText = field(form, 'ButtonText');
  const declaredType = field(form, 'MessageType');

  let type: string;
  let summary: string;
  if (latitude !== null && longitude !== null) {
    type = 'location';
    summary = locationSummary(field(form, 'Label'), field(form, 'Address'), latitude, longitude);
  } else if (buttonText !== null) {
    type = declaredType ?? 'button';
    summary = buttonText;
  } else if (media.length > 0) {
    const kind = mediaKind(typeof media[0]?.contentType === 'string' ? media[0].contentType : null);
    type = declaredType ?? kind;
    summary = mediaSummary(kind, body !== null && body !== '' ? body : null);
  } else {
    type = declaredType ?? 'text';
    summary = body ?? '(empty text)';
  }

  // "false" is a truthy string: compare to "true" exactly.
  const forwarded =
    form.get('FrequentlyForwarded') === 'true'
      ? 'frequently_forwarded'
      : form.get('Forwarded') === 'true'
        ? 'forwarded'
        : null;
  const replyTo = field(form, 'OriginalRepliedMessageSid');
  const headline = field(form, 'ReferralHeadline');
  // Twilio sends ReferralNumMedia=0 on every inbound message: only real referral data counts.
  const isReferral = [...form.entries()].some(
    ([name, value]) =>
      name.startsWith('Referral') && value !== '' && !(name === 'ReferralNumMedia' && value === '0'),
  );
  const badges = [
    ...(forwarded === 'frequently_forwarded'
      ? ['Forwarded many times']
      : forwarded === 'forwarded'
        ? ['Forwarded']
        : []),
    ...(replyTo !== null ? [`↩ reply to ${replyTo}`] : []),
    ...(isReferral ? [headline !== null ? `Ad: ${headline}` : 'Ad'] : []),
  ];
  return makeCard({
    kind: 'message',
    type,
    from,
    fromName: field(form, 'ProfileName'),
    to: phoneOrRaw(field(form, 'To')),
    id: sid,
    // Twilio sends no timestamp: null, the store's received time is the only clock.
    timestamp: null,
    summary,
    details: compact([
      ['rawFrom', field(form, 'From')],
      ['waId', field(form, 'WaId')],
      ['accountSid', field(form, 'AccountSid')],
      ['messagingServiceSid', field(form, 'MessagingServiceSid')],
      ['messageType', declaredType],
      ['media', media.length > 0 ? media : null],
      ['numMedia', field(form, 'NumMedia')],
      ['numSegments', field(form, 'NumSegments')],
      ['latitude', latitude],
      ['longitude', longitude],
      ['mapUrl', latitude !== null && longitude !== null ? mapUrl(latitude, longitude) : null],
      ['buttonPayload', field(form, 'ButtonPayload')],
      ['replyToSender', field(form, 'OriginalRepliedMessageSender')],
      ['externalUserId', field(form, 'ExternalUserId')],
      ['channelMetadata', nestedJson(field(form, 'ChannelMetadata'))],
      [
        'referral',
        isReferral
          ? compact([
              ['headline', headline],
              ['body', field(form, 'ReferralBody')],
              ['sourceId', field(form, 'ReferralSourceId')],
              ['sourceType', field(form, 'ReferralSourceType')],
              ['sourceUrl', field(form, 'ReferralSourceUrl')],
              ['mediaUrl', field(form, 'ReferralMediaUrl')],
              ['ctwaClid', field(form, 'ReferralCtwaClid')],
            ])
          : null,
      ],
    ]),
    channel,
    direction: 'inbound',
    conversationKey: contactKey(channel, from),
    replyTo,
    forwarded,
    badges,
  });
}

function statusCard(form: Form): Card {
  const channel = channelOf(form);
  const rawStatus = field(form, 'MessageStatus') ?? field(form, 'SmsStatus') ?? 'unknown';
  const status = STATUS.get(rawStatus.toLowerCase()) ?? rawStatus.toLowerCase();
  const sid = field(form, 'MessageSid') ?? field(form, 'SmsSid');
  const code = field(form, 'ErrorCode');
  const errors: CardError[] =
    code !== null
      ? [
          {
            code,
            title: ERROR_TITLES.get(code) ?? null,
            message: field(form, 'ErrorMessage'),
            details: null,
            href: `https://www.twilio.com/docs/api/errors/${encodeURIComponent(code)}`,
          },
        ]
      : [];
  // ChannelToAddress is masked (digits replaced by X): shown as sent, never used as a thread key.
  const to = phoneOrRaw(field(form, 'To'));
  return makeCard({
    kind: 'status',
    type: status,
    from: phoneOrRaw(field(form, 'From')),
    to: to ?? field(form, 'ChannelToAddress'),
    id: sid,
    timestamp: null,
    summary: statusSummary(status, errors),
    details: compact([
      ['rawStatus', rawStatus],
      ['eventType', field(form, 'EventType')],
      ['accountSid', field(form, 'AccountSid')],
      ['channelInstallSid', field(form, 'ChannelInstallSid')],
      ['channelToAddress', field(form, 'ChannelToAddress')],
      ['structuredMessage', field(form, 'StructuredMessage')],
    ]),
    channel,
    direction: 'outbound',
    conversationKey: contactKey(channel, to),
    statusOf: sid,
    errors,
  });
}

export function isTwilio(form: Form): boolean {
  const hasSid = form.has('MessageSid') || form.has('SmsSid') || form.has('SmsMessageSid');
  return hasSid && (form.has('AccountSid') || form.has('From') || form.has('To'));
}

export function decodeTwilio(form: Form, sink: CardSink): void {
  const status = (form.get('MessageStatus') ?? form.get('SmsStatus') ?? '').toLowerCase();
  // Inbound webhooks say SmsStatus=received; everything else is a callback about our own message.
  if (status === 'received' || status === '' || (form.has('Body') && !form.has('MessageStatus'))) {
    const card = inboundCard(form);
    sink.add(card, card.id !== null ? `${KEY}:msg:${card.id}` : null);
    return;
  }
  const card = statusCard(form);
  sink.add(card, card.id !== null ? `${KEY}:status:${card.id}:${card.details.rawStatus as string}` : null);
}
