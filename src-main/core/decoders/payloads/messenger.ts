// Messenger (object: "page") and Instagram (object: "instagram") webhooks: entry[].messaging[]
// (or standby[] for the secondary receiver) of {sender, recipient, timestamp (ms), message |
// delivery | read | postback | reaction | …}. Senders are opaque page-scoped ids, no names.
import type { Card, CardChannel } from '@shared/cards';
import { contactKey } from './addresses';
import { CardSink, makeCard } from './card-sink';
import { mediaLabel, reactionSummary, statusSummary } from './content-text';
import { bool, compact, isRecord, list, nonEmpty, own, record, text, type JsonRecord } from './json-access';
import { fromUnixMillis } from './time';

/** Protects the card cap from a delivery receipt listing thousands of mids. */
const MAX_MIDS_PER_RECEIPT = 100;

interface Parties {
  channel: CardChannel;
  sender: string | null;
  recipient: string | null;
  timestamp: string | null;
  standby: boolean;
}

function base(p: Parties, inbound: boolean): Partial<Card> {
  const contact = inbound ? p.sender : p.recipient;
  return {
    from: p.sender,
    to: p.recipient,
    timestamp: p.timestamp,
    channel: p.channel,
    direction: inbound ? 'inbound' : 'outbound',
    conversationKey: contactKey(p.channel, contact),
    badges: p.standby ? ['standby'] : [],
  };
}

function attachmentsSummary(attachments: unknown[]): { type: string; summary: string; items: JsonRecord[] } {
  const items = attachments.map((a) =>
    compact([
      ['type', nonEmpty(a, 'type')],
      ['url', nonEmpty(record(a, 'payload'), 'url')],
      ['title', nonEmpty(a, 'title')],
    ]),
  );
  const kinds = items.map((item) => (typeof item.type === 'string' ? item.type : 'file'));
  const first = kinds[0] ?? 'file';
  const label =
    kinds.length === 1
      ? `${mediaLabel(first)} attachment`
      : `${kinds.length} attachments (${kinds.join(', ')})`;
  return { type: kinds.length === 1 ? first : 'attachments', summary: label, items };
}

function messageCard(p: Parties, message: JsonRecord): Card {
  const echo = bool(message, 'is_echo') === true;
  const attachments = list(message, 'attachments');
  const body = text(message, 'text');
  const replyTo = nonEmpty(record(message, 'reply_to'), 'mid');
  const story = record(record(message, 'reply_to'), 'story');
  let type = 'text';
  let summary = body ?? '';
  let attachmentItems: JsonRecord[] | null = null;
  if (bool(message, 'is_deleted') === true) {
    type = 'revoke';
    summary = 'Deleted message';
  } else if (attachments.length > 0) {
    const described = attachmentsSummary(attachments);
    type = described.type;
    attachmentItems = described.items;
    summary = body !== null && body !== '' ? body : described.summary;
  } else if (bool(message, 'is_unsupported') === true) {
    type = 'unsupported';
    summary = 'Unsupported message';
  } else if (body === null) {
    summary = '(empty message)';
  }
  return makeCard({
    ...base(p, !echo),
    kind: 'message',
    type,
    id: nonEmpty(message, 'mid'),
    summary,
    details: compact([
      ['quickReplyPayload', nonEmpty(record(message, 'quick_reply'), 'payload')],
      ['attachments', attachmentItems],
      [
        'storyReply',
        story
          ? compact([
              ['id', nonEmpty(story, 'id')],
              ['url', nonEmpty(story, 'url')],
            ])
          : null,
      ],
      ['echoAppId', echo ? text(message, 'app_id') : null],
      ['metadata', nonEmpty(message, 'metadata')],
    ]),
    replyTo,
    badges: [
      ...(p.standby ? ['standby'] : []),
      ...(replyTo !== null ? [`↩ reply to ${replyTo}`] : []),
      ...(story ? ['Story reply'] : []),
    ],
  });
}

function receiptCards(p: Parties, receipt: JsonRecord, status: 'delivered' | 'read'): Card[] {
  const watermark = fromUnixMillis(own(receipt, 'watermark'));
  // Messenger lists mids[]; Instagram's messaging_seen names a single mid.
  const single = nonEmpty(receipt, 'mid');
  const mids =
    single !== null
      ? [single]
      : list(receipt, 'mids').filter((mid): mid is string => typeof mid === 'string');
  // Receipts are sent by the contact about our messages: the thread is the sender's.
  const common = {
    ...base(p, true),
    direction: 'outbound' as const,
    from: p.recipient,
    to: p.sender,
    kind: 'status' as const,
    type: status,
    summary: statusSummary(status, []),
  };
  if (mids.length > 0) {
    return mids
      .slice(0, MAX_MIDS_PER_RECEIPT)
      .map((mid) =>
        makeCard({ ...common, id: mid, statusOf: mid, details: compact([['watermark', watermark]]) }),
      );
  }
  return [makeCard({ ...common, appliesUpTo: watermark, details: compact([['watermark', watermark]]) })];
}

function decodeEvent(p: Parties, event: JsonRecord, prefix: string, sink: CardSink): void {
  const message = record(event, 'message');
  if (message) {
    const card = messageCard(p, message);
    sink.add(card, card.id !== null ? `${prefix}:mid:${card.id}` : null);
    return;
  }
  const delivery = record(event, 'delivery');
  const read = record(event, 'read') ?? record(event, 'messaging_seen');
  if (delivery || read) {
    const status = delivery ? 'delivered' : 'read';
    for (const card of receiptCards(p, (delivery ?? read) as JsonRecord, status)) {
      const key =
        card.statusOf !== null
          ? `${prefix}:${status}:${card.statusOf}`
          : `${prefix}:${status}:${p.sender ?? ''}:${String(card.details.watermark ?? '')}`;
      if (!sink.add(card, key)) return;
    }
    return;
  }
  const reaction = record(event, 'reaction');
  if (reaction) {
    const target = nonEmpty(reaction, 'mid');
    const removed = nonEmpty(reaction, 'action') === 'unreact';
    const emoji = removed ? null : (nonEmpty(reaction, 'emoji') ?? nonEmpty(reaction, 'reaction'));
    sink.add(
      makeCard({
        ...base(p, true),
        kind: 'message',
        type: 'reaction',
        summary: reactionSummary(emoji, target),
        reactsTo: target,
        details: compact([
          ['emoji', emoji ?? ''],
          ['removed', removed],
          ['reaction', nonEmpty(reaction, 'reaction')],
          ['reactedTo', target],
        ]),
      }),
      target !== null && p.timestamp !== null
        ? `${prefix}:reaction:${target}:${p.sender ?? ''}:${p.timestamp}`
        : null,
    );
    return;
  }
  const postback = record(event, 'postback');
  if (postback) {
    const id = nonEmpty(postback, 'mid');
    sink.add(
      makeCard({
        ...base(p, true),
        kind: 'message',
        type: 'postback',
        id,
        summary: text(postback, 'title') ?? '(postback)',
        details: compact([
          ['payload', text(postback, 'payload')],
          ['referral', record(postback, 'referral')],
        ]),
      }),
      id !== null ? `${prefix}:postback:${id}` : null,
    );
    return;
  }
  // referral, optin, account_linking, policy_enforcement, handover…: named after their key.
  const name =
    Object.keys(event).find((key) => !['sender', 'recipient', 'timestamp'].includes(key)) ?? 'event';
  sink.add(
    makeCard({
      ...base(p, true),
      kind: 'event',
      type: name,
      summary: name,
      details: { raw: own(event, name) ?? null },
    }),
  );
}

export function isMessengerOrInstagram(payload: unknown): 'messenger' | 'instagram' | null {
  const object = own(payload, 'object');
  if (object === 'page') return 'messenger';
  if (object === 'instagram') return 'instagram';
  return null;
}

export function decodeMessengerOrInstagram(
  payload: unknown,
  channel: 'messenger' | 'instagram',
  sink: CardSink,
): void {
  const prefix = channel;
  for (const entry of list(payload, 'entry')) {
    if (!isRecord(entry)) continue;
    for (const standby of [false, true]) {
      for (const event of list(entry, standby ? 'standby' : 'messaging')) {
        if (sink.full) return sink.markTruncated();
        if (!isRecord(event)) continue;
        const parties: Parties = {
          channel,
          sender: nonEmpty(record(event, 'sender'), 'id'),
          recipient: nonEmpty(record(event, 'recipient'), 'id'),
          timestamp: fromUnixMillis(own(event, 'timestamp')),
          standby,
        };
        decodeEvent(parties, event, prefix, sink);
      }
    }
    // Instagram comments/mentions and page feed arrive as changes[]: event cards per field.
    for (const change of list(entry, 'changes')) {
      if (sink.full) return sink.markTruncated();
      const field = nonEmpty(change, 'field') ?? 'change';
      const value = record(change, 'value');
      sink.add(
        makeCard({
          kind: 'event',
          type: field,
          timestamp: fromUnixMillis(own(entry, 'time')),
          summary: text(value, 'text') !== null ? `${field}: ${text(value, 'text')}` : field,
          details: { raw: value },
          channel,
        }),
      );
    }
  }
}
