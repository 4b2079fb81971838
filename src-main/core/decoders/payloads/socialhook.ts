// SocialHook-style normalised relay payloads (payloads.md §8, seed 004): one flat shape for
// WhatsApp, Facebook and Instagram. {platform, event, timestamp (int s), from, message{…},
// conversation_id, webhook_id, signature_verified, delivery{attempt, latency_ms}}.
// The relay retries up to 3 times, so "retry #n" and "unverified" are surfaced as badges.
import type { Card, CardChannel } from '@shared/cards';
import { contactKey, phoneOrRaw } from './addresses';
import { CardSink, makeCard } from './card-sink';
import { mediaLabel, statusSummary } from './content-text';
import { bool, compact, isRecord, list, nonEmpty, number, own, record, text } from './json-access';
import { fromUnixSecondsOrMillis } from './time';

const KEY = 'socialhook';

const PLATFORMS: ReadonlyMap<string, CardChannel> = new Map([
  ['whatsapp', 'whatsapp'],
  ['facebook', 'messenger'],
  ['messenger', 'messenger'],
  ['instagram', 'instagram'],
]);

const STATUS: ReadonlyMap<string, string> = new Map([
  ['sent', 'sent'],
  ['delivered', 'delivered'],
  ['read', 'read'],
  ['played', 'played'],
  ['failed', 'failed'],
  ['undelivered', 'failed'],
  ['pending', 'pending'],
  ['queued', 'pending'],
]);

interface Sender {
  id: string | null;
  name: string | null;
  raw: unknown;
}

/** WhatsApp: "+44 7700 900 456" (E.164 with spaces); Facebook: {id, name}; Instagram: {id, username}. */
function senderOf(payload: unknown, channel: CardChannel): Sender {
  const from = own(payload, 'from');
  const profileName = nonEmpty(record(payload, 'profile'), 'name');
  if (isRecord(from)) {
    return {
      id: nonEmpty(from, 'id'),
      name: nonEmpty(from, 'name') ?? nonEmpty(from, 'username') ?? profileName,
      raw: from,
    };
  }
  const raw = typeof from === 'string' ? from : null;
  return { id: channel === 'whatsapp' ? phoneOrRaw(raw) : raw, name: profileName, raw };
}

function badgesOf(payload: unknown): string[] {
  const badges: string[] = [];
  if (bool(payload, 'signature_verified') === false) badges.push('unverified');
  const attempt = number(record(payload, 'delivery'), 'attempt');
  if (attempt !== null && attempt > 1) badges.push(`retry #${attempt - 1}`);
  return badges;
}

function commonDetails(payload: unknown, sender: Sender): Record<string, unknown> {
  const delivery = record(payload, 'delivery');
  return compact([
    ['platform', nonEmpty(payload, 'platform')],
    ['event', nonEmpty(payload, 'event')],
    ['conversationId', nonEmpty(payload, 'conversation_id')],
    ['webhookId', nonEmpty(payload, 'webhook_id')],
    ['pageId', nonEmpty(payload, 'page_id')],
    ['accountId', nonEmpty(payload, 'account_id')],
    ['storyId', nonEmpty(payload, 'story_id')],
    ['rawFrom', sender.raw],
    ['signatureVerified', bool(payload, 'signature_verified')],
    ['deliveryAttempt', number(delivery, 'attempt')],
    ['latencyMs', number(delivery, 'latency_ms')],
  ]);
}

function messageCard(payload: unknown, channel: CardChannel, sender: Sender): Card {
  const message = record(payload, 'message');
  const attachments = list(message, 'attachments');
  const mediaUrl = nonEmpty(message, 'media_url');
  const body = text(message, 'body') ?? text(message, 'text');
  let type =
    nonEmpty(message, 'type') ??
    (attachments.length > 0 ? (nonEmpty(attachments[0], 'type') ?? 'attachment') : 'text');
  let summary = body ?? '';
  if (summary === '') {
    if (type !== 'text') summary = `${mediaLabel(type)}, no caption`;
    else if (attachments.length > 0 || mediaUrl !== null) {
      type = 'attachment';
      summary = 'Attachment';
    } else summary = '(empty text)';
  }
  return makeCard({
    kind: 'message',
    type,
    from: sender.id,
    fromName: sender.name,
    id: nonEmpty(message, 'id'),
    timestamp: fromUnixSecondsOrMillis(own(payload, 'timestamp')),
    summary,
    details: {
      ...commonDetails(payload, sender),
      ...compact([
        ['mediaUrl', mediaUrl],
        [
          'attachments',
          attachments.length > 0
            ? attachments.map((a) =>
                compact([
                  ['type', nonEmpty(a, 'type')],
                  ['url', nonEmpty(a, 'url') ?? nonEmpty(record(a, 'payload'), 'url')],
                ]),
              )
            : null,
        ],
      ]),
    },
    channel,
    direction: 'inbound',
    conversationKey: contactKey(channel, sender.id),
    badges: badgesOf(payload),
  });
}

function statusCard(payload: unknown, channel: CardChannel, sender: Sender): Card {
  // status.update is not in the public reference: accept the status at the top or in message.
  const message = record(payload, 'message');
  const raw = nonEmpty(payload, 'status') ?? nonEmpty(message, 'status') ?? 'unknown';
  const status = STATUS.get(raw.toLowerCase()) ?? raw.toLowerCase();
  const id = nonEmpty(message, 'id') ?? nonEmpty(payload, 'message_id');
  const recipient =
    channel === 'whatsapp'
      ? phoneOrRaw(nonEmpty(payload, 'to') ?? nonEmpty(payload, 'recipient'))
      : (nonEmpty(payload, 'to') ?? null);
  const contact = recipient ?? sender.id;
  return makeCard({
    kind: 'status',
    type: status,
    to: contact,
    id,
    timestamp: fromUnixSecondsOrMillis(own(payload, 'timestamp')),
    summary: statusSummary(status, []),
    details: { ...commonDetails(payload, sender), rawStatus: raw },
    channel,
    direction: 'outbound',
    conversationKey: contactKey(channel, contact),
    statusOf: id,
    badges: badgesOf(payload),
  });
}

export function isSocialHook(payload: unknown): boolean {
  const platform = nonEmpty(payload, 'platform');
  return platform !== null && PLATFORMS.has(platform.toLowerCase()) && nonEmpty(payload, 'event') !== null;
}

export function decodeSocialHook(payload: unknown, sink: CardSink): void {
  const channel = PLATFORMS.get((nonEmpty(payload, 'platform') ?? '').toLowerCase()) ?? 'whatsapp';
  const event = nonEmpty(payload, 'event') ?? 'unknown';
  const sender = senderOf(payload, channel);
  if (event === 'message.received') {
    const card = messageCard(payload, channel, sender);
    sink.add(card, card.id !== null ? `${KEY}:msg:${card.id}` : null);
    return;
  }
  if (event === 'status.update') {
    const card = statusCard(payload, channel, sender);
    sink.add(card, card.id !== null ? `${KEY}:status:${card.id}:${card.type}` : null);
    return;
  }
  const conversation = nonEmpty(payload, 'conversation_id');
  sink.add(
    makeCard({
      kind: 'event',
      type: event,
      from: sender.id,
      fromName: sender.name,
      timestamp: fromUnixSecondsOrMillis(own(payload, 'timestamp')),
      summary:
        event === 'conversation.started'
          ? `Conversation started${conversation ? ` (${conversation})` : ''}`
          : event,
      details: commonDetails(payload, sender),
      channel,
      direction: 'inbound',
      conversationKey: contactKey(channel, sender.id),
      badges: badgesOf(payload),
    }),
  );
}
