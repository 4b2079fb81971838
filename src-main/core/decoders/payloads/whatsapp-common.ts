// Pieces of the WhatsApp Cloud envelope used by both the messages decoder and the other fields.
import type { Card } from '../../../shared/cards';
import { phoneOrRaw } from './addresses';
import { makeCard } from './card-sink';
import { errorLine, metaErrors } from './errors';
import { compact, nonEmpty, record, type JsonRecord } from './json-access';

/** Which of *your* numbers the value is about (the card's "to" for inbound messages). */
export interface BusinessNumber {
  display: string | null;
  phoneNumberId: string | null;
}

export function businessNumber(value: JsonRecord): BusinessNumber {
  const metadata = record(value, 'metadata');
  return { display: phoneOrRaw(nonEmpty(metadata, 'display_phone_number')), phoneNumberId: nonEmpty(metadata, 'phone_number_id') };
}

export function valueErrorCards(value: JsonRecord, business: BusinessNumber, timestamp: string | null): Card[] {
  return metaErrors(value).map((error) =>
    makeCard({
      kind: 'error',
      type: 'error',
      to: business.display ?? business.phoneNumberId,
      timestamp,
      summary: errorLine(error),
      details: compact([['phoneNumberId', business.phoneNumberId]]),
      channel: 'whatsapp',
      errors: [error],
    }),
  );
}

