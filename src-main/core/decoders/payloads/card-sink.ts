// Collects cards for one decode, with a hard cap: a hostile or runaway payload (100k statuses in
// one POST) must not turn into 100k cards in the store and the UI. Decoders check `full` in their
// loops and stop early; the entry point reports the cut in the result's note.
import type { Card, CardKind } from '@shared/cards';

export const MAX_CARDS = 2_000;

/** What a decoder must say about a card; everything else defaults to "absent". */
export type CardInit = Pick<Card, 'kind' | 'type' | 'summary'> &
  Partial<Omit<Card, 'kind' | 'type' | 'summary'>>;

export function makeCard(init: CardInit): Card {
  return {
    kind: init.kind,
    type: init.type,
    from: init.from ?? null,
    fromName: init.fromName ?? null,
    to: init.to ?? null,
    toName: init.toName ?? null,
    id: init.id ?? null,
    timestamp: init.timestamp ?? null,
    summary: init.summary,
    details: init.details ?? {},
    channel: init.channel ?? null,
    direction: init.direction ?? null,
    conversationKey: init.conversationKey ?? null,
    replyTo: init.replyTo ?? null,
    reactsTo: init.reactsTo ?? null,
    forwarded: init.forwarded ?? null,
    statusOf: init.statusOf ?? null,
    appliesUpTo: init.appliesUpTo ?? null,
    errors: init.errors ?? [],
    badges: init.badges ?? [],
  };
}

export class CardSink {
  readonly cards: Card[] = [];
  private readonly keys = new Set<string>();
  /** Set once the cap is reached; later cards are dropped. */
  truncated = false;

  constructor(private readonly limit: number = MAX_CARDS) {}

  get full(): boolean {
    return this.cards.length >= this.limit;
  }

  /** Adds a card (and its redelivery keys); returns false once the cap is reached. */
  add(card: Card, ...dedupeKeys: Array<string | null>): boolean {
    if (this.full) {
      this.truncated = true;
      return false;
    }
    this.cards.push(card);
    for (const key of dedupeKeys) if (key !== null) this.keys.add(key);
    return true;
  }

  /** A key for the whole delivery (WaSphere deliveryId), independent of cards. */
  addKey(key: string | null): void {
    if (key !== null) this.keys.add(key);
  }

  /** Called by loops that stop early, so the cut is reported even when no card was refused. */
  markTruncated(): void {
    this.truncated = true;
  }

  dedupeKeys(): string[] {
    return [...this.keys];
  }

  countOf(kind: CardKind): number {
    return this.cards.filter((card) => card.kind === kind).length;
  }
}
