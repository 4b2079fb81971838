// The decode contract shared by the provider decoders and the entry point.
import type { Card } from '@shared/cards';

export const messageDecoderNames = [
  'whatsapp-cloud',
  'wasphere',
  'twilio',
  'messenger',
  'instagram',
  'socialhook',
] as const;
export type MessageDecoderName = (typeof messageDecoderNames)[number];

/** A message decoder, or a non-messaging event family such as "stripe-event" (../events). */
export type DecoderName = MessageDecoderName | (string & {});

export interface DecodeInput {
  /** Request headers in received order, original case. */
  headers: [string, string][];
  /** Body bytes after content decoding (gzip etc. already undone), before charset decoding. */
  body: Buffer;
  contentType: string | null;
  /** Request path, possibly with its query string (Twilio may deliver by GET). */
  path: string;
}

export interface DecodeResult {
  decoder: DecoderName | null;
  cards: Card[];
  /** One line for the capture list, e.g. "WhatsApp · Ana Silva: Hola, quiero…". */
  summary: string | null;
  /**
   * Redelivery keys (message ids, status id + status, delivery ids), namespaced by decoder. The
   * store marks a capture "duplicate of #N" when one of its keys was seen before.
   */
  dedupeKeys: string[];
  note: string | null;
}
