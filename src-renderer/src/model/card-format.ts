// Pure helpers for showing decoded cards: labels, times, parties, ticks and the well-known detail
// fields. No DOM, no React: the Messages tab and the Conversations view share them.
import { tickRank, type Card, type Tick } from '@shared/cards';
import { parseTimestamp } from '../lib/format';

const pad = (n: number) => String(n).padStart(2, '0');

/** Chat-style local time: `14:11:32` today, `May 14, 14:11` on another day of this year, else with the year. */
export function formatMessageTime(iso: string, now: Date = new Date()): string {
  const d = parseTimestamp(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  const sameDay =
    d.getFullYear() === now.getFullYear() && d.getMonth() === now.getMonth() && d.getDate() === now.getDate();
  if (sameDay) return time;
  const date = d.toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    ...(d.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
  });
  return `${date}, ${time}`;
}

/** Clock time only (the chat's day separators carry the date). */
export function formatClock(iso: string): string {
  const d = parseTimestamp(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Short time for the thread list: `14:11` today, else `May 14`. */
export function formatShortTime(iso: string, now: Date = new Date()): string {
  const d = parseTimestamp(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const sameDay =
    d.getFullYear() === now.getFullYear() && d.getMonth() === now.getMonth() && d.getDate() === now.getDate();
  if (sameDay) return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return d.toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    ...(d.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
  });
}

const channelNames: Record<string, string> = {
  whatsapp: 'WhatsApp',
  messenger: 'Messenger',
  instagram: 'Instagram',
  sms: 'SMS',
};

export function channelLabel(channel: string | null): string | null {
  return channel === null ? null : (channelNames[channel] ?? channel);
}

const typeNames: Record<string, string> = {
  text: 'Text',
  image: 'Image',
  video: 'Video',
  audio: 'Audio',
  document: 'Document',
  sticker: 'Sticker',
  location: 'Location',
  contacts: 'Contacts',
  reaction: 'Reaction',
  interactive: 'Interactive reply',
  button: 'Button reply',
  order: 'Order',
  system: 'System',
  referral: 'Ad referral',
  unsupported: 'Unsupported',
  unknown: 'Unknown',
  attachments: 'Attachments',
  postback: 'Postback',
  poll: 'Poll',
  edit: 'Edit',
  revoke: 'Deleted',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  played: 'Played',
  failed: 'Failed',
  pending: 'Pending',
  error: 'Error',
};

/** "Image", "Voice message", or the provider's own name for types we do not know. */
export function typeLabel(card: Card): string {
  if (card.type === 'audio' && card.details.voice === true) return 'Voice message';
  return Object.hasOwn(typeNames, card.type) ? typeNames[card.type]! : card.type;
}

export function kindLabel(kind: Card['kind']): string {
  return kind === 'message' ? 'Message' : kind === 'status' ? 'Status' : kind === 'event' ? 'Event' : 'Error';
}

/** The tick a status card stands for, or null for statuses outside the tick scale. */
export function cardTick(card: Card): Tick | null {
  return card.kind === 'status' && tickRank(card.type) !== null ? (card.type as Tick) : null;
}

export const tickLabels: Record<Tick, string> = {
  pending: 'Pending',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  played: 'Played',
  failed: 'Failed',
};

export interface Party {
  name: string | null;
  id: string | null;
}

/** Who the card is about, seen from the inbox: the contact for inbound, the recipient for outbound. */
export function senderOf(card: Card): Party {
  return { name: card.fromName, id: card.from };
}
export function recipientOf(card: Card): Party {
  return { name: card.toName, id: card.to };
}

export function str(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Media metadata the providers send next to a media message. */
export interface MediaMeta {
  mediaId: string | null;
  mimeType: string | null;
  sha256: string | null;
  filename: string | null;
  mediaUrl: string | null;
}

export function mediaMeta(card: Card): MediaMeta | null {
  const d = card.details;
  const meta: MediaMeta = {
    mediaId: str(d.mediaId),
    mimeType: str(d.mimeType),
    sha256: str(d.sha256),
    filename: str(d.filename),
    mediaUrl: str(d.mediaUrl),
  };
  return Object.values(meta).some((v) => v !== null) ? meta : null;
}

/**
 * Detail keys that the card already shows in its own blocks; everything else goes to the
 * generic "Details" list so nothing the decoder found is hidden.
 */
export const shownDetailKeys = new Set([
  'mediaId',
  'mimeType',
  'sha256',
  'filename',
  'mediaUrl',
  'caption',
  'latitude',
  'longitude',
  'name',
  'address',
  'url',
  'mapUrl',
  'emoji',
  'removed',
  'reactedTo',
  'contacts',
  'items',
  'catalogId',
  'note',
  'referral',
  'interactiveType',
  'selectionId',
  'title',
  'description',
  'responseJson',
  'response',
  'voice',
  'animated',
]);

/** A JSON-ish value as one readable line (strings verbatim, everything else as JSON). */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  try {
    return (
      JSON.stringify(value, null, typeof value === 'object' && value !== null ? 2 : undefined) ??
      String(value)
    );
  } catch {
    return String(value);
  }
}

/** "camelCase" → "camel case" for detail labels. */
export function humanKey(key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
}

/** Avatar letter for a thread: first letter of the name, else the last digits of the number. */
export function initialOf(name: string | null, id: string | null): string {
  const source = name?.trim() || '';
  if (source) {
    const first = Array.from(source)[0] ?? '?';
    return first.toUpperCase();
  }
  const digits = (id ?? '').replace(/\D/g, '');
  return digits.slice(-2) || '#';
}
