// Human wording shared by all decoders, so an image looks the same whichever gateway relayed it.
import type { CardError } from '@shared/cards';
import { errorLine } from './errors';

const MEDIA_LABEL: ReadonlyMap<string, string> = new Map([
  ['image', 'Image'],
  ['video', 'Video'],
  ['audio', 'Audio file'],
  ['voice', 'Voice message'],
  ['document', 'Document'],
  ['sticker', 'Sticker'],
  ['file', 'File'],
  ['gif', 'GIF'],
]);

export function mediaLabel(kind: string): string {
  return MEDIA_LABEL.get(kind) ?? `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
}

/** "Image, no caption" or the caption verbatim. */
export function mediaSummary(kind: string, caption: string | null): string {
  return caption !== null && caption !== '' ? caption : `${mediaLabel(kind)}, no caption`;
}

/** "report.pdf — see page 2" (filename and caption, both as text). */
export function documentSummary(filename: string | null, caption: string | null): string {
  const parts = [filename, caption].filter((part): part is string => part !== null && part !== '');
  return parts.length > 0 ? parts.join(' — ') : 'Document';
}

export function isCoordinate(value: number | null, limit: number): value is number {
  return value !== null && Number.isFinite(value) && Math.abs(value) <= limit;
}

/** "Café Central — Herrengasse 14 (48.2104, 16.3656)". */
export function locationSummary(
  name: string | null,
  address: string | null,
  latitude: number | null,
  longitude: number | null,
): string {
  const place = [name, address].filter((part): part is string => part !== null && part !== '').join(' — ');
  const coords =
    isCoordinate(latitude, 90) && isCoordinate(longitude, 180) ? `(${latitude}, ${longitude})` : null;
  const parts = [place, coords].filter((part): part is string => part !== null && part !== '');
  return parts.length > 0 ? parts.join(' ') : 'Location';
}

/** An OpenStreetMap link for valid coordinates (the UI opens only vetted http(s) URLs). */
export function mapUrl(latitude: number | null, longitude: number | null): string | null {
  if (!isCoordinate(latitude, 90) || !isCoordinate(longitude, 180)) return null;
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
}

export function reactionSummary(emoji: string | null, target: string | null): string {
  const on = target ?? 'a message';
  return emoji !== null && emoji !== '' ? `Reacted ${emoji} to ${on}` : `Removed reaction from ${on}`;
}

export function plural(count: number, one: string, many: string = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const STATUS_LABEL: ReadonlyMap<string, string> = new Map([
  ['sent', '✓ Sent'],
  ['delivered', '✓✓ Delivered'],
  ['read', '✓✓ Read'],
  ['played', '▶ Played'],
  ['failed', '✗ Failed'],
  ['undelivered', '✗ Undelivered'],
  ['pending', '… Pending'],
]);

export function statusSummary(status: string, errors: CardError[]): string {
  const label = STATUS_LABEL.get(status) ?? `Status: ${status}`;
  return errors[0] ? `${label}: ${errorLine(errors[0])}` : label;
}
