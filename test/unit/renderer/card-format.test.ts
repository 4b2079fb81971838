// How decoded cards read in the Messages tab and the Conversations view: times, labels, parties,
// ticks, media metadata and the generic details list.
import { describe, expect, it } from 'vitest';
import {
  cardTick,
  channelLabel,
  formatClock,
  formatMessageTime,
  formatShortTime,
  humanKey,
  initialOf,
  kindLabel,
  mediaMeta,
  recipientOf,
  senderOf,
  str,
  typeLabel,
  valueText,
} from '../../../src-renderer/src/model/card-format';
import { card } from './support/cards';

const now = new Date(2026, 11, 5, 15, 0, 0);
const local = (...parts: [number, number, number, number, number, number]) =>
  new Date(...parts).toISOString();

describe('times', () => {
  it('show the clock today, the date on other days, and the year only when it differs', () => {
    expect(formatMessageTime(local(2026, 11, 5, 14, 11, 32), now)).toBe('14:11:32');
    expect(formatMessageTime(local(2026, 4, 14, 14, 11, 32), now)).toBe('May 14, 14:11:32');
    expect(formatMessageTime(local(2025, 4, 14, 9, 5, 1), now)).toBe('May 14, 2025, 09:05:01');
    expect(formatShortTime(local(2026, 11, 5, 8, 3, 0), now)).toBe('08:03');
    expect(formatShortTime(local(2026, 4, 14, 8, 3, 0), now)).toBe('May 14');
    expect(formatClock(local(2026, 4, 14, 8, 3, 9))).toBe('08:03:09');
  });

  it('leave text that is not a time as it is', () => {
    expect(formatMessageTime('not a time', now)).toBe('not a time');
    expect(formatShortTime('nope', now)).toBe('nope');
    expect(formatClock('nope')).toBe('nope');
  });
});

describe('labels', () => {
  it('name channels, types and kinds, keeping the provider’s own names for unknown ones', () => {
    expect(channelLabel('whatsapp')).toBe('WhatsApp');
    expect(channelLabel('telegram')).toBe('telegram');
    expect(channelLabel(null)).toBeNull();
    expect(typeLabel(card({ type: 'image' }))).toBe('Image');
    expect(typeLabel(card({ type: 'audio', details: { voice: true } }))).toBe('Voice message');
    expect(typeLabel(card({ type: 'hologram' }))).toBe('hologram');
    expect(typeLabel(card({ type: 'constructor' }))).toBe('constructor');
    expect(['message', 'status', 'event', 'error'].map((k) => kindLabel(k as never))).toEqual([
      'Message',
      'Status',
      'Event',
      'Error',
    ]);
  });

  it('a status card is a tick only when it is on the tick scale', () => {
    expect(cardTick(card({ kind: 'status', type: 'read' }))).toBe('read');
    expect(cardTick(card({ kind: 'status', type: 'deleted' }))).toBeNull();
    expect(cardTick(card({ kind: 'message', type: 'read' }))).toBeNull();
  });

  it('sender and recipient are the card’s two parties', () => {
    const c = card({ from: '+1', fromName: 'Ada', to: '+2', toName: 'Shop' });
    expect(senderOf(c)).toEqual({ name: 'Ada', id: '+1' });
    expect(recipientOf(c)).toEqual({ name: 'Shop', id: '+2' });
  });

  it('avatar letters come from the name, else the last digits of the number', () => {
    expect(initialOf('ada lovelace', null)).toBe('A');
    expect(initialOf('  ', '+44 7700 900456')).toBe('56');
    expect(initialOf(null, null)).toBe('#');
    expect(initialOf('😀 smile', null)).toBe('😀');
  });
});

describe('details', () => {
  it('media metadata is gathered when any of it is present', () => {
    expect(mediaMeta(card({ details: { mediaId: 'm1', mimeType: 'image/jpeg' } }))).toEqual({
      mediaId: 'm1',
      mimeType: 'image/jpeg',
      sha256: null,
      filename: null,
      mediaUrl: null,
    });
    expect(mediaMeta(card({ details: { caption: 'x' } }))).toBeNull();
  });

  it('values read as one line: strings verbatim, the rest as JSON', () => {
    expect(valueText('a "b"')).toBe('a "b"');
    expect(valueText(3)).toBe('3');
    expect(valueText(undefined)).toBe('');
    expect(valueText({ a: 1 })).toBe('{\n  "a": 1\n}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(valueText(cyclic)).toBe('[object Object]');
    expect(str(true)).toBe('true');
    expect(str({})).toBeNull();
  });

  it('detail keys become labels', () => {
    expect(humanKey('interactiveType')).toBe('Interactive type');
    expect(humanKey('pricing_model')).toBe('Pricing model');
  });
});
