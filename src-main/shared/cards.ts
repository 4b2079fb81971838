// Decoded message cards: what a capture *means* (who sent what), derived from its body by the
// payload decoders in src-main/core/decoders/payloads. Shared with the renderer, so this file is
// plain TypeScript: no Node APIs, no imports.

export type CardKind = 'message' | 'status' | 'event' | 'error';

/** inbound = the contact wrote to the business; outbound = the business wrote (echoes, statuses). */
export type CardDirection = 'inbound' | 'outbound';

/** The messaging network a card belongs to (not the gateway that relayed it). */
export type CardChannel = 'whatsapp' | 'messenger' | 'instagram' | 'sms';

/** One provider error, at whatever level it arrived (payload, message or status). */
export interface CardError {
  /** Provider code as text: Meta sends ints (131051), Twilio strings ("63016"). */
  code: string | null;
  title: string | null;
  message: string | null;
  /** Meta `error_data.details` and similar free text. */
  details: string | null;
  /** Documentation link when the provider sent one. */
  href: string | null;
}

/**
 * Delivery state of an outbound message, shown as ticks. Statuses outside this list (Meta
 * "deleted", Twilio "canceled", …) keep their own name as the card type and never become ticks.
 */
export type Tick = 'pending' | 'sent' | 'delivered' | 'read' | 'played' | 'failed';

export interface Card {
  kind: CardKind;
  /**
   * message: the content type (text, image, audio, reaction, interactive, …; unknown types keep
   * the provider's own name). status: a Tick or the provider's own status name. event: the
   * webhook field or event name. error: "error".
   */
  type: string;
  /** Phones are normalised to "+<digits>"; other ids (BSUID, PSID, JID) are kept as sent. */
  from: string | null;
  fromName: string | null;
  to: string | null;
  toName: string | null;
  /** The provider's id for the item (wamid, Twilio SID, Messenger mid). */
  id: string | null;
  /** ISO UTC; null when the payload has none (never invented). */
  timestamp: string | null;
  /** The human content: text verbatim, caption, filename, place, emoji, option, status, error. */
  summary: string;
  /** Everything else worth showing: media id/mime/sha256, referral, pricing, selection ids, raw. */
  details: Record<string, unknown>;
  channel: CardChannel | null;
  direction: CardDirection | null;
  /** Thread key: "<channel>:<contact id>" (digits for phones), null for account-level events. */
  conversationKey: string | null;
  /** Id of the message this one replies to (quoted). */
  replyTo: string | null;
  /** Id of the message a reaction card targets. */
  reactsTo: string | null;
  forwarded: 'forwarded' | 'frequently_forwarded' | null;
  /** Status cards: id of the message the status is about. */
  statusOf: string | null;
  /**
   * Status cards that name no message but a point in time (Messenger/Instagram delivery and read
   * watermarks): the status covers every outbound message in the thread up to this ISO time.
   */
  appliesUpTo: string | null;
  errors: CardError[];
  /** Short markers for the UI: "Forwarded", "Ad: <headline>", "retry #2", "unverified", … */
  badges: string[];
}

// ─── Conversations ──────────────────────────────────────────────────────────────────────────

/** A card as the store hands it out: tagged with the capture it came from. */
export type CapturedCard = Card & {
  captureId: number;
  /** When the capture arrived (ISO UTC); orders cards whose payload carries no time (Twilio). */
  receivedAt?: string | null;
  /** The capture's signature did not verify: the thread marks the message. */
  signatureFailed?: boolean;
};

/** One chat thread in the server's list (all of history), newest activity first. */
export interface ConversationSummary {
  key: string;
  channel: string | null;
  contact: string | null;
  contactName: string | null;
  /** Text of the newest card, as shown in the list. */
  lastText: string | null;
  /** When the newest capture of the thread arrived (ISO UTC). */
  lastReceivedAt: string | null;
  lastCaptureId: number;
  captureCount: number;
  /** Captures in the thread whose signature did not verify. */
  failedSignatures: number;
}

export interface ThreadItem {
  /** The message id, or null for items that have none. */
  messageId: string | null;
  /**
   * The message (or chat event) card. Null for a placeholder: statuses were captured for an
   * outbound message whose own send was never a webhook (the usual case with the Cloud API).
   */
  card: CapturedCard | null;
  direction: CardDirection | null;
  /** Sort time: the card's time, else the earliest status time, else receivedAt. */
  timestamp: string | null;
  /** Highest-ranked status seen for this message (order of arrival does not matter). */
  tick: Tick | null;
  /** Every status card about this message, in arrival order. */
  statuses: CapturedCard[];
  /** Latest reaction per reacting party, removals applied. */
  reactions: string[];
  /** Capture ids of redeliveries of the same message (the first capture is `card`). */
  duplicateCaptureIds: number[];
}

export interface Conversation {
  key: string;
  channel: CardChannel | null;
  /** The contact's id as shown on the cards (e.g. "+447700900456"). */
  contact: string | null;
  contactName: string | null;
  /** Time-ordered, oldest first. */
  items: ThreadItem[];
  lastTimestamp: string | null;
}

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
