// Pieces of the WhatsApp Cloud envelope used by both the messages decoder and the other fields.
import type { Card } from '@shared/cards';
import { phoneOrRaw } from './addresses';
import { makeCard } from './card-sink';
import { errorLine, metaErrors } from './errors';
import { compact, list, nonEmpty, record, type JsonRecord } from './json-access';

/** Which of *your* numbers the value is about (the card's "to" for inbound messages). */
export interface BusinessNumber {
  display: string | null;
  phoneNumberId: string | null;
}

export function businessNumber(value: JsonRecord): BusinessNumber {
  const metadata = record(value, 'metadata');
  return {
    display: phoneOrRaw(nonEmpty(metadata, 'display_phone_number')),
    phoneNumberId: nonEmpty(metadata, 'phone_number_id'),
  };
}

export function valueErrorCards(
  value: JsonRecord,
  business: BusinessNumber,
  timestamp: string | null,
): Card[] {
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

export interface Contact {
  name: string | null;
  username: string | null;
}

/**
 * contacts[] is not index-aligned with messages[] (and may be absent or shorter): index it by
 * wa_id and by BSUID user_id. A Map, so a wa_id of "__proto__" is just a key.
 */
export function indexContacts(value: JsonRecord): Map<string, Contact> {
  const contacts = new Map<string, Contact>();
  for (const raw of list(value, 'contacts')) {
    const profile = record(raw, 'profile');
    const contact = { name: nonEmpty(profile, 'name'), username: nonEmpty(profile, 'username') };
    for (const id of [nonEmpty(raw, 'wa_id'), nonEmpty(raw, 'user_id')]) {
      if (id !== null && !contacts.has(id)) contacts.set(id, contact);
    }
  }
  return contacts;
}

export function lookup(contacts: Map<string, Contact>, ...ids: Array<string | null>): Contact | null {
  for (const id of ids) {
    if (id === null) continue;
    const contact = contacts.get(id) ?? contacts.get(id.replace(/^\+/, ''));
    if (contact) return contact;
  }
  return null;
}
