// Decoded message cards: what a capture *means* (who sent what), derived from its body by the
// payload decoders in src-main/core/decoders/payloads, and the chat threads built from them. The
// shapes are inferred from their schemas (./outputs/cards); the imports are type-only, so the
// renderer gets this file's logic without zod.
import type { z } from 'zod';
import type {
  capturedCardSchema,
  cardChannelSchema,
  cardDirectionSchema,
  cardErrorSchema,
  cardKindSchema,
  cardSchema,
  conversationSchema,
  conversationSummarySchema,
  threadItemSchema,
  tickSchema,
} from './outputs/cards';

export type CardKind = z.infer<typeof cardKindSchema>;
export type CardDirection = z.infer<typeof cardDirectionSchema>;
export type CardChannel = z.infer<typeof cardChannelSchema>;
export type CardError = z.infer<typeof cardErrorSchema>;
/**
 * Delivery state of an outbound message, shown as ticks. Statuses outside this list (Meta
 * "deleted", Twilio "canceled", …) keep their own name as the card type and never become ticks.
 */
export type Tick = z.infer<typeof tickSchema>;
export type Card = z.infer<typeof cardSchema>;
/** A card as the store hands it out: tagged with the capture it came from. */
export type CapturedCard = z.infer<typeof capturedCardSchema>;
export type ConversationSummary = z.infer<typeof conversationSummarySchema>;
export type ThreadItem = z.infer<typeof threadItemSchema>;
export type Conversation = z.infer<typeof conversationSchema>;

/** Rank decides which status is shown when several arrive, in any order: the highest wins. */
const TICK_RANK: ReadonlyMap<string, number> = new Map([
  ['pending', 0],
  ['sent', 1],
  ['delivered', 2],
  ['read', 3],
  ['played', 4],
  ['failed', 5],
]);

export function tickRank(status: string): number | null {
  return TICK_RANK.get(status) ?? null;
}

function higherTick(current: Tick | null, candidate: string): Tick | null {
  const rank = TICK_RANK.get(candidate);
  if (rank === undefined) return current;
  if (current === null) return candidate as Tick;
  return rank >= (TICK_RANK.get(current) ?? -1) ? (candidate as Tick) : current;
}

interface MutableThread {
  conversation: Conversation;
  byMessageId: Map<string, ThreadItem>;
  /** Reactions per target message id, keyed by reacting party. */
  reactionsByTarget: Map<string, Map<string, string>>;
  watermarks: CapturedCard[];
}

function sortTime(card: CapturedCard): string | null {
  return card.timestamp ?? card.receivedAt ?? null;
}

/** Items with a time come first in time order; ties and untimed items fall back to capture order. */
function compareItems(a: ThreadItem & { order: number }, b: ThreadItem & { order: number }): number {
  if (a.timestamp !== null && b.timestamp !== null && a.timestamp !== b.timestamp) {
    return a.timestamp < b.timestamp ? -1 : 1;
  }
  if ((a.timestamp === null) !== (b.timestamp === null)) return a.timestamp === null ? 1 : -1;
  return a.order - b.order;
}

function newItem(
  card: CapturedCard | null,
  messageId: string | null,
  direction: CardDirection | null,
): ThreadItem {
  return {
    messageId,
    card,
    direction,
    timestamp: card ? sortTime(card) : null,
    tick: null,
    statuses: [],
    reactions: [],
    duplicateCaptureIds: [],
  };
}

/**
 * Groups cards into chat threads per contact (conversationKey), oldest first, and attaches every
 * status to the message it refers to as ticks. Redeliveries of the same message id collapse into
 * one item. Statuses for messages not captured become placeholder items so their ticks still show.
 * Cards without a conversationKey (account events, payload-level errors) belong to no thread.
 * Threads are returned most recent first.
 */
export function groupConversations(cards: readonly CapturedCard[]): Conversation[] {
  // Capture order first so "first seen" and "latest" mean what the user saw arrive.
  const ordered = cards
    .map((card, index) => ({ card, index }))
    .sort((a, b) => a.card.captureId - b.card.captureId || a.index - b.index)
    .map((entry) => entry.card);

  const threads = new Map<string, MutableThread>();
  const threadFor = (card: CapturedCard, key: string): MutableThread => {
    let thread = threads.get(key);
    if (!thread) {
      thread = {
        conversation: {
          key,
          channel: card.channel,
          contact: null,
          contactName: null,
          items: [],
          lastTimestamp: null,
        },
        byMessageId: new Map(),
        reactionsByTarget: new Map(),
        watermarks: [],
      };
      threads.set(key, thread);
    }
    const inbound = card.direction !== 'outbound';
    const contact = inbound ? card.from : card.to;
    const contactName = inbound ? card.fromName : card.toName;
    if (contact !== null) thread.conversation.contact = contact;
    if (contactName !== null) thread.conversation.contactName = contactName;
    return thread;
  };

  for (const card of ordered) {
    if (card.conversationKey === null) continue;
    const thread = threadFor(card, card.conversationKey);

    if (card.kind === 'status') {
      const target = card.statusOf;
      if (target === null) {
        if (card.appliesUpTo !== null) thread.watermarks.push(card);
        else thread.conversation.items.push(newItem(card, null, card.direction));
        continue;
      }
      let item = thread.byMessageId.get(target);
      if (!item) {
        item = newItem(null, target, card.direction ?? 'outbound');
        thread.byMessageId.set(target, item);
        thread.conversation.items.push(item);
      }
      item.statuses.push(card);
      item.tick = higherTick(item.tick, card.type);
      continue;
    }

    const existing = card.id !== null ? thread.byMessageId.get(card.id) : undefined;
    if (existing) {
      if (existing.card === null) {
        // The message arrives after its statuses (webhooks are not ordered): fill the placeholder.
        existing.card = card;
        existing.direction = card.direction;
      } else {
        existing.duplicateCaptureIds.push(card.captureId);
      }
      continue;
    }
    const item = newItem(card, card.id, card.direction);
    if (card.id !== null) thread.byMessageId.set(card.id, item);
    thread.conversation.items.push(item);

    if (card.type === 'reaction' && card.reactsTo !== null) {
      const party = card.from ?? card.direction ?? '?';
      const emoji = typeof card.details.emoji === 'string' ? card.details.emoji : '';
      let byParty = thread.reactionsByTarget.get(card.reactsTo);
      if (!byParty) thread.reactionsByTarget.set(card.reactsTo, (byParty = new Map()));
      if (emoji === '') byParty.delete(party);
      else byParty.set(party, emoji);
    }
  }

  const result: Conversation[] = [];
  for (const thread of threads.values()) {
    const { conversation } = thread;
    for (const item of conversation.items) {
      if (item.timestamp === null) {
        // Placeholders take their time from the statuses (the "sent" status is close to the send).
        const times = item.statuses
          .map(sortTime)
          .filter((t): t is string => t !== null)
          .sort();
        item.timestamp = times[0] ?? null;
      }
      if (item.messageId !== null) {
        const reactions = thread.reactionsByTarget.get(item.messageId);
        if (reactions) item.reactions = [...reactions.values()];
      }
    }
    // Watermarks (Messenger/Instagram) cover every outbound message up to their time.
    for (const mark of thread.watermarks) {
      const upTo = mark.appliesUpTo as string;
      for (const item of conversation.items) {
        if (item.direction !== 'outbound' || item.card === null || item.timestamp === null) continue;
        if (item.timestamp <= upTo) {
          item.statuses.push(mark);
          item.tick = higherTick(item.tick, mark.type);
        }
      }
    }
    conversation.items = conversation.items
      .map((item, order) => ({ ...item, order }))
      .sort(compareItems)
      .map(({ order: _order, ...item }) => item);
    const times = conversation.items.map((item) => item.timestamp).filter((t): t is string => t !== null);
    conversation.lastTimestamp = times.length > 0 ? times.reduce((a, b) => (a > b ? a : b)) : null;
    result.push(conversation);
  }
  result.sort((a, b) => {
    if (a.lastTimestamp === b.lastTimestamp) return 0;
    if (a.lastTimestamp === null) return 1;
    if (b.lastTimestamp === null) return -1;
    return a.lastTimestamp < b.lastTimestamp ? 1 : -1;
  });
  return result;
}
