// WhatsApp Cloud API (object: whatsapp_business_account). Walks every entry, every change and every
// message, status and error in each value — many handlers read only entry[0].changes[0]
// .value.messages[0] and silently drop the rest (payloads.md §6).
import type { Card } from '@shared/cards';
import { contactKey, phoneOrRaw } from './addresses';
import { CardSink, makeCard } from './card-sink';
import { statusSummary } from './content-text';
import { metaErrors } from './errors';
import { bool, compact, isRecord, list, nonEmpty, own, record, text, type JsonRecord } from './json-access';
import { fromUnixSeconds } from './time';
import { describeWhatsAppContent } from './whatsapp-message-content';
import {
  businessNumber,
  indexContacts,
  lookup,
  valueErrorCards,
  type BusinessNumber,
  type Contact,
} from './whatsapp-common';
import { decodeWhatsAppField } from './whatsapp-fields';

const KEY = 'whatsapp';

function contextOf(
  message: JsonRecord,
): Pick<Card, 'replyTo' | 'forwarded'> & { badges: string[]; details: JsonRecord } {
  const context = record(message, 'context');
  if (!context) return { replyTo: null, forwarded: null, badges: [], details: {} };
  const badges: string[] = [];
  const frequently = bool(context, 'frequently_forwarded') === true;
  const forwarded = frequently
    ? 'frequently_forwarded'
    : bool(context, 'forwarded') === true
      ? 'forwarded'
      : null;
  if (forwarded === 'frequently_forwarded') badges.push('Forwarded many times');
  else if (forwarded === 'forwarded') badges.push('Forwarded');
  const replyTo = nonEmpty(context, 'id');
  if (replyTo !== null) badges.push(`↩ reply to ${replyTo}`);
  const product = record(context, 'referred_product');
  const productId = nonEmpty(product, 'product_retailer_id');
  if (product) badges.push(`About product ${productId ?? '(unknown)'}`);
  return {
    replyTo,
    forwarded,
    badges,
    details: compact([
      ['replyToFrom', nonEmpty(context, 'from')],
      [
        'referredProduct',
        product
          ? compact([
              ['catalogId', text(product, 'catalog_id')],
              ['productRetailerId', productId],
            ])
          : null,
      ],
    ]),
  };
}

/** Click-to-WhatsApp ad: a badge plus details. The ad text is not the user's message. */
function referralOf(message: JsonRecord): { badges: string[]; details: JsonRecord } {
  const referral = record(message, 'referral');
  if (!referral) return { badges: [], details: {} };
  const headline = nonEmpty(referral, 'headline');
  return {
    badges: [headline !== null ? `Ad: ${headline}` : 'Ad'],
    details: {
      referral: compact([
        ['sourceUrl', nonEmpty(referral, 'source_url')],
        ['sourceId', nonEmpty(referral, 'source_id')],
        ['sourceType', nonEmpty(referral, 'source_type')],
        ['headline', headline],
        ['body', nonEmpty(referral, 'body')],
        ['mediaType', nonEmpty(referral, 'media_type')],
        ['imageUrl', nonEmpty(referral, 'image_url')],
        ['videoUrl', nonEmpty(referral, 'video_url')],
        ['thumbnailUrl', nonEmpty(referral, 'thumbnail_url')],
        ['ctwaClid', nonEmpty(referral, 'ctwa_clid')],
        ['welcomeMessage', nonEmpty(record(referral, 'welcome_message'), 'text')],
      ]),
    },
  };
}

function messageCard(
  message: JsonRecord,
  contacts: Map<string, Contact>,
  business: BusinessNumber,
  outbound: boolean,
): Card {
  // With BSUIDs (usernames) `from` may be absent: fall back to from_user_id, never assume a phone.
  const rawFrom = nonEmpty(message, outbound ? 'to' : 'from');
  const userId = nonEmpty(message, outbound ? 'to_user_id' : 'from_user_id');
  const person = phoneOrRaw(rawFrom) ?? userId;
  const contact = lookup(contacts, rawFrom, userId);
  const groupId = nonEmpty(message, 'group_id');
  const content = describeWhatsAppContent(message);
  const context = contextOf(message);
  const referral = referralOf(message);
  const business_ = business.display ?? business.phoneNumberId;
  return makeCard({
    kind: content.kind ?? 'message',
    type: content.type,
    from: outbound ? business_ : person,
    fromName: outbound ? null : (contact?.name ?? contact?.username ?? null),
    to: outbound ? person : business_,
    toName: outbound ? (contact?.name ?? contact?.username ?? null) : null,
    id: nonEmpty(message, 'id'),
    timestamp: fromUnixSeconds(own(message, 'timestamp')),
    summary: content.summary,
    details: {
      ...content.details,
      ...context.details,
      ...referral.details,
      ...compact([
        ['rawFrom', rawFrom],
        ['userId', userId],
        ['username', contact?.username],
        ['groupId', groupId],
        ['phoneNumberId', business.phoneNumberId],
      ]),
    },
    channel: 'whatsapp',
    direction: outbound ? 'outbound' : 'inbound',
    conversationKey: groupId !== null ? `${KEY}:group:${groupId}` : contactKey(KEY, person),
    replyTo: context.replyTo,
    reactsTo: content.reactsTo ?? null,
    forwarded: context.forwarded,
    errors: content.errors ?? [],
    badges: [...context.badges, ...referral.badges],
  });
}

function statusCard(status: JsonRecord, contacts: Map<string, Contact>, business: BusinessNumber): Card {
  const state = nonEmpty(status, 'status') ?? 'unknown';
  const recipientId = nonEmpty(status, 'recipient_id');
  const recipientUserId = nonEmpty(status, 'recipient_user_id');
  const isGroup = nonEmpty(status, 'recipient_type') === 'group';
  const recipient = phoneOrRaw(recipientId) ?? recipientUserId;
  const contact = lookup(contacts, recipientId, recipientUserId);
  const errors = metaErrors(status);
  const conversation = record(status, 'conversation');
  const pricing = record(status, 'pricing');
  const id = nonEmpty(status, 'id');
  return makeCard({
    kind: 'status',
    type: state,
    from: business.display ?? business.phoneNumberId,
    to: recipient,
    toName: contact?.name ?? contact?.username ?? null,
    id,
    timestamp: fromUnixSeconds(own(status, 'timestamp')),
    summary: statusSummary(state, errors),
    details: compact([
      ['recipientId', recipientId],
      ['recipientUserId', recipientUserId],
      ['recipientType', nonEmpty(status, 'recipient_type')],
      ['participant', nonEmpty(status, 'recipient_participant_id')],
      ['bizOpaqueCallbackData', nonEmpty(status, 'biz_opaque_callback_data')],
      [
        'conversation',
        conversation
          ? compact([
              ['id', text(conversation, 'id')],
              ['expiresAt', fromUnixSeconds(own(conversation, 'expiration_timestamp'))],
              ['origin', nonEmpty(record(conversation, 'origin'), 'type')],
            ])
          : null,
      ],
      [
        'pricing',
        pricing
          ? compact([
              ['billable', bool(pricing, 'billable')],
              ['model', nonEmpty(pricing, 'pricing_model')],
              ['category', nonEmpty(pricing, 'category')],
              ['type', nonEmpty(pricing, 'type')],
            ])
          : null,
      ],
      ['phoneNumberId', business.phoneNumberId],
    ]),
    channel: 'whatsapp',
    direction: 'outbound',
    conversationKey:
      isGroup && recipientId !== null ? `${KEY}:group:${recipientId}` : contactKey(KEY, recipient),
    statusOf: id,
    errors,
  });
}

/** The `messages` field value: messages, statuses and errors may all be present at once. */
function decodeMessagesValue(value: JsonRecord, sink: CardSink, echoes: boolean): void {
  const contacts = indexContacts(value);
  const business = businessNumber(value);
  const messages = echoes ? list(value, 'message_echoes') : list(value, 'messages');
  for (const message of messages) {
    if (sink.full) return sink.markTruncated();
    if (!isRecord(message)) continue;
    const card = messageCard(message, contacts, business, echoes);
    sink.add(card, card.id !== null ? `${KEY}:msg:${card.id}` : null);
  }
  for (const status of list(value, 'statuses')) {
    if (sink.full) return sink.markTruncated();
    if (!isRecord(status)) continue;
    const card = statusCard(status, contacts, business);
    // A status id is the message id: key on id + state, since sent/delivered/read share it.
    sink.add(card, card.id !== null ? `${KEY}:status:${card.id}:${card.type}` : null);
  }
  for (const card of valueErrorCards(value, business, null)) if (!sink.add(card)) return;
}

function decodeChange(change: unknown, entry: JsonRecord, sink: CardSink): void {
  const field = nonEmpty(change, 'field') ?? 'unknown';
  const value = record(change, 'value');
  if (!value) return;
  if (field === 'messages' || field === 'smb_message_echoes') {
    decodeMessagesValue(
      value,
      sink,
      field === 'smb_message_echoes' || Array.isArray(own(value, 'message_echoes')),
    );
    if (field === 'messages' && Array.isArray(own(value, 'user_actions')))
      decodeWhatsAppField(field, value, entry, sink);
    return;
  }
  decodeWhatsAppField(field, value, entry, sink);
}

export function isWhatsAppCloud(payload: unknown): boolean {
  if (own(payload, 'object') === 'whatsapp_business_account') return true;
  // The App Dashboard "Test" button posts a bare change: {field, value:{messaging_product:"whatsapp"}}.
  return (
    typeof own(payload, 'field') === 'string' &&
    own(record(payload, 'value'), 'messaging_product') === 'whatsapp'
  );
}

export function decodeWhatsAppCloud(payload: unknown, sink: CardSink): void {
  if (own(payload, 'object') !== 'whatsapp_business_account') {
    decodeChange(payload, {}, sink);
    return;
  }
  for (const entry of list(payload, 'entry')) {
    if (!isRecord(entry)) continue;
    for (const change of list(entry, 'changes')) {
      if (sink.full) return sink.markTruncated();
      decodeChange(change, entry, sink);
    }
  }
}
