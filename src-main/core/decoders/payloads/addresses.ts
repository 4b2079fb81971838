// Sender/recipient normalisation (traps checklist §2). Phones are shown as "+<digits>" so the same
// person looks the same across providers; anything that is not a phone is kept as sent. The raw
// value always stays in the card details.

const PHONE_DIGITS = /^\+?[\d\s().-]{6,20}$/;

/** "447700900456", "+44 7700 900 456", "whatsapp:+447700900456" → "+447700900456". */
export function phoneOrRaw(value: string | null): string | null {
  if (value === null) return null;
  const stripped = value.replace(/^(whatsapp|messenger|sms):/i, '').trim();
  if (PHONE_DIGITS.test(stripped)) {
    const digits = stripped.replace(/\D/g, '');
    if (digits.length >= 6 && digits.length <= 15) return `+${digits}`;
  }
  return stripped === '' ? null : stripped;
}

/** The stable part of a contact id for thread keys: digits for phones, the id otherwise. */
export function contactKey(channel: string, id: string | null): string | null {
  if (id === null) return null;
  const key = id.startsWith('+') && /^\+\d+$/.test(id) ? id.slice(1) : id;
  return `${channel}:${key}`;
}

export type JidKind = 'user' | 'lid' | 'group' | 'broadcast' | 'other';

export interface ParsedJid {
  kind: JidKind;
  /** Phone for user JIDs ("+447700900456"), the bare id otherwise. */
  id: string;
}

/** WhatsApp JIDs: 4477…@s.whatsapp.net (phone), …@lid (opaque), …@g.us (group). */
export function parseJid(jid: string | null): ParsedJid | null {
  if (jid === null || jid === '') return null;
  const at = jid.indexOf('@');
  if (at < 0) return { kind: 'user', id: phoneOrRaw(jid) ?? jid };
  // Device suffixes ("4477…:12@s.whatsapp.net") identify a linked device, not another person.
  const user = jid.slice(0, at).split(':')[0] ?? '';
  const server = jid.slice(at + 1).toLowerCase();
  if (server === 's.whatsapp.net' || server === 'c.us') return { kind: 'user', id: phoneOrRaw(user) ?? user };
  if (server === 'lid') return { kind: 'lid', id: jid };
  if (server === 'g.us') return { kind: 'group', id: jid };
  if (server === 'broadcast') return { kind: 'broadcast', id: jid };
  return { kind: 'other', id: jid };
}
