// Decoded message cards. Filled out by the decoders module.
export type CardKind = 'message' | 'status' | 'event' | 'error';

export interface Card {
  kind: CardKind;
  type: string;
  from: string | null;
  fromName: string | null;
  to: string | null;
  toName: string | null;
  id: string | null;
  /** ISO UTC; null when the payload has none (never invented). */
  timestamp: string | null;
  summary: string;
  details: Record<string, unknown>;
}
