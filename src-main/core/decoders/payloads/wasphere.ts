// WaSphere (self-hosted Baileys gateway). Two shapes disagree and both arrive in practice
// (payloads.md §7): the seed guide's {event, deliveryId, timestamp, data:{sessionId, from, type:
// "text", content}} and the real fan-out {event, sessionId, timestamp, deliveryId, data} whose data
// is a Baileys-derived object (conversation/extendedTextMessage/imageMessage…, JIDs, Long
// timestamps) or, for messages.update / message.receipt, an array.
import type { Card, CardError } from '@shared/cards';
import { contactKey, parseJid, phoneOrRaw } from './addresses';
import { CardSink, makeCard } from './card-sink';
import {
  documentSummary,
  locationSummary,
  mapUrl,
  mediaSummary,
  reactionSummary,
  statusSummary,
} from './content-text';
import {
  bool,
  compact,
  isRecord,
  list,
  nonEmpty,
  number,
  own,
  record,
  text,
  type JsonRecord,
} from './json-access';
import { fromBaileysSeconds, fromIsoString } from './time';

const KEY = 'wasphere';

/** Baileys content types → the shared card vocabulary; unknown ones keep their own name. */
const BAILEYS_TYPES: ReadonlyMap<string, string> = new Map([
  ['text', 'text'],
  ['conversation', 'text'],
  ['extendedTextMessage', 'text'],
  ['imageMessage', 'image'],
  ['videoMessage', 'video'],
  ['ptvMessage', 'video'],
  ['audioMessage', 'audio'],
  ['documentMessage', 'document'],
  ['documentWithCaptionMessage', 'document'],
  ['stickerMessage', 'sticker'],
  ['locationMessage', 'location'],
  ['liveLocationMessage', 'location'],
  ['contactMessage', 'contacts'],
  ['contactsArrayMessage', 'contacts'],
  ['reactionMessage', 'reaction'],
  ['pollCreationMessage', 'poll'],
  ['pollCreationMessageV3', 'poll'],
  ['poll_vote', 'poll_vote'],
  ['buttonsResponseMessage', 'button'],
  ['listResponseMessage', 'interactive'],
  ['templateButtonReplyMessage', 'button'],
]);

/** Baileys WAMessageStatus numbers (and their enum names) → ticks. */
const NUMERIC_STATUS: ReadonlyMap<string, string> = new Map([
  ['0', 'failed'],
  ['1', 'pending'],
  ['2', 'sent'],
  ['3', 'delivered'],
  ['4', 'read'],
  ['5', 'played'],
  ['ERROR', 'failed'],
  ['PENDING', 'pending'],
  ['SERVER_ACK', 'sent'],
  ['DELIVERY_ACK', 'delivered'],
  ['READ', 'read'],
  ['PLAYED', 'played'],
]);

/** String statuses of the seed's message.status and the canonical message.* events. */
function normaliseStatus(raw: string): string {
  const lower = raw.toLowerCase();
  if (lower === 'error' || lower === 'failed') return 'failed';
  if (lower === 'server_ack') return 'sent';
  if (lower === 'delivery_ack') return 'delivered';
  return NUMERIC_STATUS.get(raw.toUpperCase()) ?? lower;
}

interface Envelope {
  event: string;
  sessionId: string | null;
  deliveryId: string | null;
  /** Delivery time from the envelope; a fallback only, the message's own time comes first. */
  sentAt: string | null;
  data: unknown;
}

interface Person {
  id: string | null;
  /** The thread: the person, or the group for group messages. */
  conversationKey: string | null;
  details: JsonRecord;
}

/** Reads the person behind a JID: @lid ids are opaque (the phone is senderPn), groups name a participant. */
function personOf(data: unknown, jidField: string): Person {
  const jid = nonEmpty(data, jidField);
  const parsed = parseJid(jid);
  const senderPn = parseJid(nonEmpty(data, 'senderPn'));
  const participant = parseJid(
    nonEmpty(data, 'senderJid') ??
      nonEmpty(data, 'sender') ??
      nonEmpty(record(record(data, 'message'), 'key'), 'participant'),
  );
  let id: string | null = parsed?.id ?? null;
  if (parsed?.kind === 'group') id = senderPn?.id ?? participant?.id ?? null;
  else if (parsed?.kind === 'lid') id = senderPn?.id ?? parsed.id;
  const threadId = parsed?.kind === 'group' ? `group:${parsed.id}` : (id ?? parsed?.id ?? null);
  return {
    id,
    conversationKey: threadId !== null ? contactKey('whatsapp', threadId) : null,
    details: compact([
      ['jid', jid],
      ['isGroup', parsed?.kind === 'group' ? true : bool(data, 'isGroup')],
      ['groupJid', parsed?.kind === 'group' ? parsed.id : null],
      ['senderLid', nonEmpty(data, 'senderLid')],
    ]),
  };
}

interface Content {
  type: string;
  summary: string;
  details: JsonRecord;
  reactsTo: string | null;
}

function describeContent(rawType: string, content: JsonRecord | null): Content {
  const type = BAILEYS_TYPES.get(rawType) ?? rawType;
  const media = compact([
    ['mimeType', nonEmpty(content, 'mimetype') ?? nonEmpty(content, 'mimeType')],
    ['mediaUrl', nonEmpty(content, 'mediaUrl')],
    // Inline base64 data URIs can be megabytes: note their presence, never copy them into a card.
    ['hasInlineData', typeof own(content, 'dataUri') === 'string' ? true : null],
  ]);
  const base = {
    type,
    reactsTo: null,
    details: {
      ...media,
      ...compact([
        ['rawType', rawType !== type ? rawType : null],
        ['selectionId', nonEmpty(content, 'selectionId')],
      ]),
    },
  };
  switch (type) {
    case 'text':
      return { ...base, summary: text(content, 'text') ?? '(empty text)' };
    case 'image':
    case 'video':
      return { ...base, summary: mediaSummary(type, text(content, 'caption')) };
    case 'audio': {
      const voice = bool(content, 'isVoiceNote') === true || bool(content, 'ptt') === true;
      return {
        ...base,
        summary: voice ? 'Voice message' : 'Audio file',
        details: { ...base.details, voice, ...compact([['seconds', number(content, 'seconds')]]) },
      };
    }
    case 'document':
      return {
        ...base,
        summary: documentSummary(text(content, 'fileName'), text(content, 'caption')),
        details: { ...base.details, ...compact([['filename', text(content, 'fileName')]]) },
      };
    case 'sticker':
      return { ...base, summary: bool(content, 'isAnimated') === true ? 'Sticker (animated)' : 'Sticker' };
    case 'location': {
      const latitude = number(content, 'latitude') ?? number(content, 'degreesLatitude');
      const longitude = number(content, 'longitude') ?? number(content, 'degreesLongitude');
      return {
        ...base,
        summary: locationSummary(text(content, 'name'), text(content, 'address'), latitude, longitude),
        details: {
          ...base.details,
          ...compact([
            ['latitude', latitude],
            ['longitude', longitude],
            ['mapUrl', mapUrl(latitude, longitude)],
          ]),
        },
      };
    }
    case 'contacts': {
      const name = nonEmpty(content, 'displayName');
      return {
        ...base,
        summary: `1 contact: ${name ?? 'Unnamed'}`,
        details: { ...base.details, ...compact([['vcard', text(content, 'vcard')]]) },
      };
    }
    case 'reaction': {
      const target = nonEmpty(content, 'replyMessageId') ?? nonEmpty(content, 'messageId');
      const emoji = nonEmpty(content, 'reaction') ?? nonEmpty(content, 'emoji');
      return {
        ...base,
        summary: reactionSummary(emoji, target),
        reactsTo: target,
        details: { ...base.details, emoji: emoji ?? '', removed: emoji === null },
      };
    }
    case 'poll': {
      const options = list(content, 'options').filter((o): o is string => typeof o === 'string');
      return {
        ...base,
        summary: `Poll: ${text(content, 'name') ?? '(untitled)'}${options.length ? ` [${options.join(' / ')}]` : ''}`,
        details: { ...base.details, options },
      };
    }
    default: {
      // Button and list replies arrive mapped to text with content.selectionId; anything else is raw.
      const fallback = nonEmpty(content, 'text') ?? nonEmpty(content, 'caption');
      return {
        ...base,
        summary: fallback ?? `${rawType} message (not decoded; raw JSON in details)`,
        details: { ...base.details, raw: content },
      };
    }
  }
}

function messageReceived(env: Envelope, sink: CardSink): void {
  const data = env.data;
  const message = record(data, 'message');
  const person = personOf(data, 'from');
  const rawType = nonEmpty(data, 'type') ?? 'unknown';
  const content = describeContent(rawType, record(data, 'content'));
  const id = nonEmpty(data, 'messageId') ?? nonEmpty(record(message, 'key'), 'id');
  const quoted = nonEmpty(record(data, 'content'), 'quotedMessageId');
  const card = makeCard({
    kind: 'message',
    type: content.type,
    from: person.id,
    fromName: nonEmpty(message, 'pushName') ?? nonEmpty(data, 'pushName') ?? nonEmpty(data, 'senderName'),
    id,
    timestamp:
      fromBaileysSeconds(own(data, 'timestamp')) ??
      fromBaileysSeconds(own(message, 'messageTimestamp')) ??
      env.sentAt,
    summary: content.summary,
    details: {
      ...content.details,
      ...person.details,
      ...compact([
        ['sessionId', env.sessionId],
        ['avatarUrl', nonEmpty(data, 'avatarUrl')],
      ]),
    },
    channel: 'whatsapp',
    direction: 'inbound',
    conversationKey: person.conversationKey,
    replyTo: quoted,
    reactsTo: content.reactsTo,
    badges: quoted !== null ? [`↩ reply to ${quoted}`] : [],
  });
  sink.add(card, id !== null ? `${KEY}:msg:${id}` : null);
}

function messageSent(env: Envelope, sink: CardSink): void {
  const data = env.data;
  const person = personOf(data, 'to');
  const content = describeContent(nonEmpty(data, 'type') ?? 'text', record(data, 'content'));
  const id = nonEmpty(data, 'messageId');
  sink.add(
    makeCard({
      kind: 'message',
      type: content.type,
      to: person.id,
      id,
      timestamp: fromBaileysSeconds(own(data, 'timestamp')) ?? env.sentAt,
      summary: content.summary,
      details: { ...content.details, ...person.details, ...compact([['sessionId', env.sessionId]]) },
      channel: 'whatsapp',
      direction: 'outbound',
      conversationKey: person.conversationKey,
    }),
    id !== null ? `${KEY}:sent:${id}` : null,
  );
}

function statusCard(env: Envelope, item: unknown, rawStatus: string, timestamp: string | null): Card {
  const key = record(item, 'key');
  const jidHolder = key ?? item;
  const person = personOf(jidHolder, nonEmpty(jidHolder, 'remoteJid') !== null ? 'remoteJid' : 'to');
  const status = normaliseStatus(rawStatus);
  const id = nonEmpty(key, 'id') ?? nonEmpty(item, 'messageId') ?? nonEmpty(item, 'id');
  const errorText = nonEmpty(item, 'error') ?? nonEmpty(item, 'reason');
  const errors: CardError[] =
    errorText !== null ? [{ code: null, title: errorText, message: null, details: null, href: null }] : [];
  // key.fromMe false means a status about a message the contact sent (e.g. we read it).
  const inbound = bool(key, 'fromMe') === false;
  return makeCard({
    kind: 'status',
    type: status,
    to: inbound ? null : person.id,
    from: inbound ? person.id : null,
    id,
    timestamp,
    summary: statusSummary(status, errors),
    details: {
      ...person.details,
      ...compact([
        ['rawStatus', rawStatus],
        ['sessionId', env.sessionId],
      ]),
    },
    channel: 'whatsapp',
    direction: inbound ? 'inbound' : 'outbound',
    conversationKey: person.conversationKey,
    statusOf: id,
    errors,
  });
}

function addStatus(sink: CardSink, card: Card): void {
  sink.add(card, card.id !== null ? `${KEY}:status:${card.id}:${card.type}` : null);
}

/** messages.update is an ARRAY: [{key, update:{status:n}}] (Baileys) or [{messageId, status:n}] (Meta-backed). */
function messagesUpdate(env: Envelope, sink: CardSink): void {
  const items = Array.isArray(env.data) ? env.data : [env.data];
  for (const item of items) {
    if (sink.full) return sink.markTruncated();
    const update = record(item, 'update');
    const rawStatus = text(update, 'status') ?? text(item, 'status');
    if (rawStatus === null) {
      // Edits, deletions and stub updates carry no status: keep them visible as events.
      sink.add(
        makeCard({
          kind: 'event',
          type: env.event,
          summary: 'Message updated',
          id: nonEmpty(record(item, 'key'), 'id'),
          timestamp: env.sentAt,
          details: { raw: item, ...compact([['sessionId', env.sessionId]]) },
          channel: 'whatsapp',
        }),
      );
      continue;
    }
    addStatus(sink, statusCard(env, item, rawStatus, env.sentAt));
  }
}

/** message.receipt: [{key, receipt:{userJid, receiptTimestamp | readTimestamp | playedTimestamp}}]. */
function messageReceipt(env: Envelope, sink: CardSink): void {
  const items = Array.isArray(env.data) ? env.data : [env.data];
  for (const item of items) {
    if (sink.full) return sink.markTruncated();
    const receipt = record(item, 'receipt');
    const played = own(receipt, 'playedTimestamp');
    const read = own(receipt, 'readTimestamp');
    const delivered = own(receipt, 'receiptTimestamp');
    const [status, at] =
      played != null ? ['played', played] : read != null ? ['read', read] : ['delivered', delivered];
    addStatus(sink, statusCard(env, item, status, fromBaileysSeconds(at) ?? env.sentAt));
  }
}

function sessionEvent(env: Envelope, sink: CardSink): void {
  const data = env.data;
  const name = nonEmpty(data, 'sessionName') ?? nonEmpty(data, 'name');
  const phone = phoneOrRaw(nonEmpty(data, 'phoneNumber'));
  const reason = nonEmpty(data, 'reason');
  const session = name ?? env.sessionId ?? 'session';
  let summary: string;
  switch (env.event) {
    case 'session.connected':
      summary = `Session connected: ${session}${phone ? ` (${phone})` : ''}`;
      break;
    case 'session.disconnected':
      summary = `Session disconnected: ${session}${reason ? ` — ${reason}` : ''}`;
      break;
    case 'session.failed':
      summary = `Session failed: ${session}${reason ? ` — ${reason}` : ''}${number(data, 'retryCount') !== null ? ` after ${number(data, 'retryCount')} retries` : ''}`;
      break;
    case 'session.qr':
      summary = `QR code ready for ${session}`;
      break;
    default:
      summary = `${env.event}: ${session}`;
  }
  sink.add(
    makeCard({
      kind: 'event',
      type: env.event,
      from: phone,
      timestamp: env.sentAt,
      summary,
      // The QR data URI is large and a credential-like secret for the session: not copied.
      details: compact([
        ['sessionId', env.sessionId],
        ['sessionName', name],
        ['phoneNumber', phone],
        ['reason', reason],
      ]),
      channel: 'whatsapp',
    }),
  );
}

function genericEvent(env: Envelope, sink: CardSink): void {
  sink.add(
    makeCard({
      kind: 'event',
      type: env.event,
      timestamp: env.sentAt,
      summary: env.event === 'webhook.test' ? 'Test delivery' : env.event,
      details: { raw: env.data, ...compact([['sessionId', env.sessionId]]) },
      channel: 'whatsapp',
    }),
  );
}

function readEnvelope(payload: unknown): Envelope | null {
  const event = nonEmpty(payload, 'event');
  if (event === null) return null;
  const data = own(payload, 'data');
  return {
    event,
    // The real fan-out puts sessionId at the top; the seed guide puts it in data.
    sessionId: nonEmpty(payload, 'sessionId') ?? nonEmpty(data, 'sessionId'),
    deliveryId: nonEmpty(payload, 'deliveryId'),
    sentAt: fromIsoString(own(payload, 'timestamp')),
    data,
  };
}

export function isWaSphere(payload: unknown, headers: [string, string][]): boolean {
  const envelope = readEnvelope(payload);
  if (envelope === null || own(payload, 'data') === undefined) return false;
  if (headers.some(([name]) => name.toLowerCase().startsWith('x-wasphere-'))) return true;
  // Without WaSphere headers, require its identifying envelope fields (a bare {event, data} is
  // too generic: Sendsar and others could look like that).
  return envelope.deliveryId !== null || envelope.sessionId !== null;
}

export function decodeWaSphere(payload: unknown, sink: CardSink): void {
  const env = readEnvelope(payload);
  if (env === null) return;
  // deliveryId is WaSphere's idempotency key: a retry repeats it.
  sink.addKey(env.deliveryId !== null ? `${KEY}:delivery:${env.deliveryId}` : null);
  if (env.event === 'message.received') return messageReceived(env, sink);
  if (env.event === 'message.sent') return messageSent(env, sink);
  if (env.event === 'messages.update') return messagesUpdate(env, sink);
  if (env.event === 'message.receipt') return messageReceipt(env, sink);
  if (
    env.event === 'message.status' ||
    env.event === 'message.delivered' ||
    env.event === 'message.read' ||
    env.event === 'message.failed'
  ) {
    const data = isRecord(env.data) ? env.data : {};
    const raw = nonEmpty(data, 'status') ?? env.event.slice('message.'.length);
    const at = fromBaileysSeconds(own(data, 'timestamp')) ?? env.sentAt;
    return addStatus(sink, statusCard(env, data, raw === 'status' ? 'unknown' : raw, at));
  }
  if (env.event.startsWith('session.')) return sessionEvent(env, sink);
  genericEvent(env, sink);
}
