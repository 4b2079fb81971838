// Pure shaping of a Conversation for display: which items become bubbles, which become centred
// notes, which are folded into other items (reactions under their message), previews and days.
import type { CapturedCard, Conversation, ThreadItem } from '@shared/cards';
import { parseTimestamp } from '../lib/format';

export type RowKind = 'bubble' | 'placeholder' | 'note';

export interface ThreadRow {
  key: string;
  kind: RowKind;
  item: ThreadItem;
  /** Local calendar day of the item (for separators), null when it has no time. */
  day: string | null;
  /** First item of its day: draw a day separator above it. */
  newDay: boolean;
}

function isNote(card: CapturedCard): boolean {
  return card.kind === 'event' || card.kind === 'error' || card.kind === 'status';
}

/** Reactions are shown under the message they target when that message is in the thread. */
export function threadRows(conversation: Conversation): ThreadRow[] {
  const present = new Set(
    conversation.items.filter((i) => i.messageId !== null).map((i) => i.messageId as string),
  );
  const rows: ThreadRow[] = [];
  let lastDay: string | null = null;
  conversation.items.forEach((item, index) => {
    const card = item.card;
    if (card && card.type === 'reaction' && card.reactsTo !== null && present.has(card.reactsTo)) return;
    const kind: RowKind = card === null ? 'placeholder' : isNote(card) ? 'note' : 'bubble';
    const day = item.timestamp ? dayKey(item.timestamp) : null;
    rows.push({
      key: `${item.messageId ?? 'x'}:${card?.captureId ?? item.statuses[0]?.captureId ?? 0}:${index}`,
      kind,
      item,
      day,
      newDay: day !== null && day !== lastDay,
    });
    if (day !== null) lastDay = day;
  });
  return rows;
}

function dayKey(iso: string): string | null {
  const d = parseTimestamp(iso);
  if (Number.isNaN(d.getTime())) return null;
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

export function dayLabel(iso: string, now: Date = new Date()): string {
  const d = parseTimestamp(iso);
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const that = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  const days = Math.round((today.getTime() - that.getTime()) / 86_400_000);
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  return d.toLocaleDateString('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    ...(d.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
  });
}

/** Hover text for ticks: every status in arrival order, with its time. */
export function statusTrail(item: ThreadItem, format: (iso: string) => string): string {
  return item.statuses
    .map((s) => `${s.type}${s.timestamp ? ` ${format(s.timestamp)}` : ''} (#${s.captureId})`)
    .join('\n');
}

/** Status errors (a failed send) shown on the message they are about. */
export function statusErrors(item: ThreadItem) {
  return item.statuses.flatMap((s) => s.errors);
}
