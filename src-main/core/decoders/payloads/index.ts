// Payload → cards: the entry point the capture pipeline calls for every capture. Pure and total:
// it never throws, whatever the bytes (malformed JSON, hostile keys, huge batches), and it never
// invents data (no timestamps where the payload has none).
import type { Card } from '@shared/cards';
import { decodeEvent } from '../events';
import { parseBody, type ParsedBody } from './body';
import { CardSink, MAX_CARDS } from './card-sink';
import { decodeMessengerOrInstagram, isMessengerOrInstagram } from './messenger';
import { decodeSocialHook, isSocialHook } from './socialhook';
import { oneLine, summaryLine } from './summary-line';
import { decodeTwilio, isTwilio } from './twilio';
import type { DecodeInput, DecodeResult, DecoderName } from './types';
import { decodeWaSphere, isWaSphere } from './wasphere';
import { decodeWhatsAppCloud, isWhatsAppCloud } from './whatsapp-cloud';

export type { DecodeInput, DecodeResult, DecoderName } from './types';
export { MAX_CARDS } from './card-sink';

/**
 * Bodies above this are left to the raw/generic views. The lead's content decoding is bounded
 * already; this keeps a pathological 100 MB JSON from blocking the pipeline on JSON.parse.
 */
export const MAX_DECODE_BYTES = 16 * 1024 * 1024;

const NO_DECODER: DecodeResult = {
  decoder: null,
  cards: [],
  summary: null,
  dedupeKeys: [],
  note: 'no decoder',
};

function noDecoder(note: string = 'no decoder'): DecodeResult {
  return { ...NO_DECODER, cards: [], dedupeKeys: [], note };
}

/** Picks the message decoder by the payload's own shape (headers only break ties for WaSphere). */
function pickMessages(
  input: DecodeInput,
  body: ParsedBody,
): { decoder: DecoderName; run: (sink: CardSink) => void } | null {
  if (body.kind === 'form') {
    return isTwilio(body.form) ? { decoder: 'twilio', run: (sink) => decodeTwilio(body.form, sink) } : null;
  }
  if (body.kind !== 'json') return null;
  const payload = body.value;
  if (isWhatsAppCloud(payload))
    return { decoder: 'whatsapp-cloud', run: (sink) => decodeWhatsAppCloud(payload, sink) };
  const meta = isMessengerOrInstagram(payload);
  if (meta !== null) return { decoder: meta, run: (sink) => decodeMessengerOrInstagram(payload, meta, sink) };
  // SocialHook before WaSphere: both have `event`, only SocialHook has `platform`.
  if (isSocialHook(payload)) return { decoder: 'socialhook', run: (sink) => decodeSocialHook(payload, sink) };
  if (isWaSphere(payload, input.headers))
    return { decoder: 'wasphere', run: (sink) => decodeWaSphere(payload, sink) };
  return null;
}

function noteFor(sink: CardSink, cards: Card[]): string | null {
  if (sink.truncated)
    return `card limit reached: showing the first ${MAX_CARDS.toLocaleString('en-US')} cards; the rest is in the raw body`;
  if (cards.length === 0) return 'recognised, but nothing to show';
  return null;
}

/** Stripe, GitHub, Shopify… deliveries: one Event card and a summary naming the key object. */
function decodeEventOrNothing(input: DecodeInput, body: ParsedBody): DecodeResult {
  const found = decodeEvent(
    { json: body.kind === 'json' ? body.value : null, form: body.kind === 'form' ? body.form : null },
    input.headers,
  );
  if (found === null) return noDecoder();
  return {
    decoder: found.family.family,
    cards: [found.card],
    summary: `${found.family.label} · ${oneLine(found.card.summary)}`,
    dedupeKeys: found.card.id !== null ? [`${found.family.family}:${found.card.id}:${found.card.type}`] : [],
    note: null,
  };
}

export function decodePayload(input: DecodeInput): DecodeResult {
  try {
    if (input.body.length > MAX_DECODE_BYTES) {
      return noDecoder(`body too large to decode (${input.body.length} bytes; limit ${MAX_DECODE_BYTES})`);
    }
    const body = parseBody(input.body, input.contentType, input.path);
    const chosen = pickMessages(input, body);
    if (chosen === null) return decodeEventOrNothing(input, body);
    const sink = new CardSink();
    chosen.run(sink);
    const cards = sink.cards;
    return {
      decoder: chosen.decoder,
      cards,
      summary: summaryLine(chosen.decoder, cards),
      dedupeKeys: sink.dedupeKeys(),
      note: noteFor(sink, cards),
    };
  } catch {
    // Defence in depth: a decoder bug on a strange payload must not break capture analysis.
    return noDecoder('decoder failed on this payload; showing the raw body');
  }
}
