// The one-line list summary: "WhatsApp · Ana Silva: Hola, quiero…". Cut on grapheme boundaries so
// an emoji with skin tone or a ZWJ family is never split into garbage.
import type { Card } from '@shared/cards';
import type { DecoderName } from './types';

const SUMMARY_GRAPHEMES = 80;

const LABELS: ReadonlyMap<DecoderName, string> = new Map([
  ['whatsapp-cloud', 'WhatsApp'],
  ['wasphere', 'WaSphere'],
  ['twilio', 'Twilio'],
  ['messenger', 'Messenger'],
  ['instagram', 'Instagram'],
  ['socialhook', 'SocialHook'],
]);

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Collapses whitespace (newlines would break the row) and cuts at `max` graphemes with "…". */
export function oneLine(value: string, max: number = SUMMARY_GRAPHEMES): string {
  // Only the head is needed: cap the work on 5 MB texts before segmenting.
  const head = value.length > max * 16 ? value.slice(0, max * 16) : value;
  const flat = head.replace(/\s+/g, ' ').trim();
  let out = '';
  let last = '';
  let count = 0;
  for (const { segment } of segmenter.segment(flat)) {
    if (count === max) return `${out.trimEnd()}…`;
    out += segment;
    last = segment;
    count += 1;
  }
  // The pre-cut may have split the final grapheme (even a surrogate pair): drop it.
  return head.length < value.length ? `${out.slice(0, out.length - last.length).trimEnd()}…` : out;
}

function describe(card: Card): string {
  if (card.kind === 'message') {
    // Echoes of what the business sent read as "→ contact: text".
    if (card.direction === 'outbound') return `→ ${card.toName ?? card.to ?? 'unknown'}: ${card.summary}`;
    return `${card.fromName ?? card.from ?? 'unknown'}: ${card.summary}`;
  }
  if (card.kind === 'status') {
    const who = card.toName ?? card.to;
    return who !== null ? `${card.summary} → ${who}` : card.summary;
  }
  if (card.kind === 'error') return `Error ${card.summary}`;
  const who = card.fromName ?? card.from;
  return who !== null ? `${who}: ${card.summary}` : card.summary;
}

export function summaryLine(decoder: DecoderName, cards: Card[]): string {
  const label = LABELS.get(decoder) ?? decoder;
  // Lead with the first message: in a mixed batch that is what the user came for.
  const lead =
    cards.find((card) => card.kind === 'message') ?? cards.find((card) => card.kind === 'error') ?? cards[0];
  if (!lead) return `${label} · (nothing to show)`;
  const more = cards.length > 1 ? ` (+${cards.length - 1} more)` : '';
  return `${label} · ${oneLine(describe(lead))}${more}`;
}
