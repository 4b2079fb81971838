// How a thread is laid out: bubbles, centred notes and placeholders, reactions folded under the
// message they target, day separators, the thread list's preview line, tick hover text.
import { describe, expect, it } from 'vitest';
import { groupConversations } from '@shared/cards';
import {
  dayLabel,
  statusErrors,
  statusTrail,
  threadRows,
} from '../../../src-renderer/src/model/conversation-rows';
import { card } from './support/cards';

const thread = (...cards: Parameters<typeof card>[0][]) => groupConversations(cards.map((c) => card(c)))[0]!;

describe('thread rows', () => {
  it('messages are bubbles, events are notes, a status-only outbound message is a placeholder', () => {
    const rows = threadRows(
      thread(
        { id: 'm1', summary: 'hi' },
        { kind: 'event', type: 'account_update', id: null, summary: 'account updated' },
        {
          kind: 'status',
          type: 'delivered',
          id: null,
          statusOf: 'out-1',
          direction: 'outbound',
          timestamp: '2026-12-04T10:05:00.000Z',
        },
      ),
    );
    expect(rows.map((r) => r.kind).sort()).toEqual(['bubble', 'note', 'placeholder']);
  });

  it('a reaction to a message in the thread is folded under it, a reaction to an absent one shows', () => {
    const rows = threadRows(
      thread(
        { id: 'm1', summary: 'hi' },
        { id: 'r1', type: 'reaction', reactsTo: 'm1', summary: '👍' },
        { id: 'r2', type: 'reaction', reactsTo: 'gone', summary: '❤️' },
      ),
    );
    expect(rows.map((r) => r.item.card?.summary)).toEqual(['hi', '❤️']);
  });

  it('marks the first item of each local day and gives every row a distinct key', () => {
    const rows = threadRows(
      thread(
        { id: 'a', timestamp: '2026-12-01T12:00:00.000Z' },
        { id: 'b', timestamp: '2026-12-01T12:05:00.000Z' },
        { id: 'c', timestamp: '2026-12-03T12:00:00.000Z' },
      ),
    );
    expect(rows.map((r) => r.newDay)).toEqual([true, false, true]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(3);
  });
});

describe('day labels', () => {
  const now = new Date(2026, 11, 5, 9, 0);
  it('say Today and Yesterday, then the weekday and date, with the year only when it differs', () => {
    expect(dayLabel(new Date(2026, 11, 5, 1).toISOString(), now)).toBe('Today');
    expect(dayLabel(new Date(2026, 11, 4, 23).toISOString(), now)).toBe('Yesterday');
    expect(dayLabel(new Date(2026, 10, 20, 12).toISOString(), now)).toBe('Fri, Nov 20');
    expect(dayLabel(new Date(2025, 10, 20, 12).toISOString(), now)).toBe('Thu, Nov 20, 2025');
  });
});

describe('status trail and errors', () => {
  it('lists every status in arrival order with its capture, and surfaces failed sends', () => {
    const conversation = thread(
      { id: 'out', direction: 'outbound', summary: 'order shipped' },
      { kind: 'status', type: 'sent', id: null, statusOf: 'out', timestamp: '2026-12-04T10:01:00.000Z' },
      {
        kind: 'status',
        type: 'failed',
        id: null,
        statusOf: 'out',
        timestamp: null,
        errors: [{ code: '131047', title: 'Re-engagement message', message: null, details: null } as never],
      },
    );
    const item = conversation.items.find((i) => i.messageId === 'out')!;
    const trail = statusTrail(item, () => 'T').split('\n');
    expect(trail).toHaveLength(2);
    expect(trail[0]).toMatch(/^sent T \(#\d+\)$/);
    expect(trail[1]).toMatch(/^failed \(#\d+\)$/);
    expect(statusErrors(item)).toHaveLength(1);
  });
});
