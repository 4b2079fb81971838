import { describe, expect, it } from 'vitest';
import { groupConversations, type Card, type CapturedCard } from '@shared/cards';
import { decodeFixture } from './load-fixture';

/** Tags every card of a decoded fixture with the capture it came from, like the store does. */
function captured(name: string, captureId: number, receivedAt: string | null = null): CapturedCard[] {
  return decodeFixture(name).cards.map((card: Card) => ({ ...card, captureId, receivedAt }));
}

function status(captureId: number, statusOf: string, type: string, timestamp: string): CapturedCard {
  const [first] = captured('wa-statuses.json', captureId);
  if (!first) throw new Error('fixture has statuses');
  return { ...first, type, statusOf, id: statusOf, timestamp, summary: type };
}

describe('groupConversations', () => {
  it('groups by contact, in time order, with statuses attached as ticks (highest rank wins, any arrival order)', () => {
    const cards = [
      ...captured('wa-text.json', 1),
      status(2, 'wamid.OUTBOUND001', 'read', '2025-05-14T14:12:40.000Z'),
      status(3, 'wamid.OUTBOUND001', 'sent', '2025-05-14T14:11:40.000Z'),
      status(4, 'wamid.OUTBOUND001', 'delivered', '2025-05-14T14:11:41.000Z'),
    ];
    const [thread, ...others] = groupConversations(cards);
    expect(others).toHaveLength(0);
    expect(thread).toMatchObject({
      key: 'whatsapp:5491123456789',
      channel: 'whatsapp',
      contact: '+5491123456789',
      contactName: 'Ana Silva',
      lastTimestamp: '2025-05-14T14:11:40.000Z',
    });
    expect(
      thread?.items.map((item) => [
        item.direction,
        item.card?.summary ?? '(not captured)',
        item.tick,
        item.timestamp,
      ]),
    ).toEqual([
      ['inbound', 'Hola, quiero saber el estado de mi pedido 4471', null, '2025-05-14T14:11:32.000Z'],
      // The outbound message itself was never a webhook: a placeholder carries its ticks, timed by its first status.
      ['outbound', '(not captured)', 'read', '2025-05-14T14:11:40.000Z'],
    ]);
    expect(thread?.items[1]?.statuses.map((s) => s.captureId)).toEqual([2, 3, 4]);
  });

  it('failed outranks everything; unknown statuses never become ticks', () => {
    const cards = [
      status(1, 'wamid.X', 'delivered', '2025-05-14T14:11:41.000Z'),
      status(2, 'wamid.X', 'failed', '2025-05-14T14:11:42.000Z'),
      status(3, 'wamid.X', 'read', '2025-05-14T14:11:43.000Z'),
      status(4, 'wamid.Y', 'deleted', '2025-05-14T14:11:44.000Z'),
    ];
    const items = groupConversations(cards)[0]?.items ?? [];
    expect(items.map((item) => [item.messageId, item.tick])).toEqual([
      ['wamid.X', 'failed'],
      ['wamid.Y', null],
    ]);
  });

  it('collapses redeliveries of the same message and fills a placeholder when the message arrives after its status', () => {
    const echo = captured('wa-smb-echoes.json', 3);
    const cards = [
      ...captured('wa-text.json', 1),
      status(2, 'wamid.ECHO001', 'delivered', '2025-05-14T14:11:36.000Z'),
      ...echo,
      ...captured('wa-text.json', 4),
    ];
    const items = groupConversations(cards)[0]?.items ?? [];
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ direction: 'inbound', duplicateCaptureIds: [4] });
    expect(items[1]).toMatchObject({ direction: 'outbound', tick: 'delivered', messageId: 'wamid.ECHO001' });
    expect(items[1]?.card?.summary).toBe('Ya lo enviamos, llega mañana.');
  });

  it('applies reactions to their target, latest per person, removals included', () => {
    const cards = captured('wa-reactions.json', 1).map((card, i) => ({
      ...card,
      timestamp: `2025-05-14T14:11:3${i}.000Z`,
    }));
    const thread = groupConversations([
      status(0, 'wamid.OUTBOUND001', 'read', '2025-05-14T14:11:00.000Z'),
      ...cards,
    ])[0];
    const target = thread?.items.find((item) => item.messageId === 'wamid.OUTBOUND001');
    // 👍🏽 then removed by the same person → no reaction left.
    expect(target?.reactions).toEqual([]);
    const other = groupConversations([
      status(0, 'wamid.OUTBOUND003', 'read', '2025-05-14T14:11:00.000Z'),
      ...cards,
    ])[0];
    expect(other?.items.find((item) => item.messageId === 'wamid.OUTBOUND003')?.reactions).toEqual(['👨‍👩‍👧‍👦']);
  });

  it('Messenger read watermarks tick every outbound message up to their time', () => {
    const cards = [...captured('messenger-message.json', 1), ...captured('messenger-receipts.json', 2)];
    const thread = groupConversations(cards).find((c) => c.key === 'messenger:6543210987654321');
    const echo = thread?.items.find((item) => item.messageId === 'm_OUT002');
    expect(echo).toMatchObject({ direction: 'outbound', tick: 'read' });
    expect(echo?.reactions).toEqual([]);
  });

  it('orders untimed cards (Twilio) by receivedAt, and leaves account events out of threads', () => {
    const cards = [
      ...captured('twilio-inbound-location.form', 2, '2026-01-01T10:00:02.000Z'),
      ...captured('twilio-inbound-text.form', 1, '2026-01-01T10:00:01.000Z'),
      ...captured('twilio-status-delivered.form', 3, null),
      ...captured('wa-template-status.json', 4),
    ];
    const threads = groupConversations(cards);
    expect(threads.map((t) => t.key)).toEqual(['whatsapp:5491123456789']);
    expect(threads[0]?.items.map((item) => item.card?.summary ?? `(${item.tick})`)).toEqual([
      'Hola, ¿cómo están? 1+1=2',
      'Obelisco — Av. 9 de Julio s/n (-34.6037, -58.3816)',
      '(delivered)',
    ]);
  });

  it('returns threads most recent first and merges the same phone across providers', () => {
    const cards = [
      ...captured('wasphere-seed-message.json', 1),
      ...captured('wa-text.json', 2),
      ...captured('socialhook-whatsapp.json', 3),
    ];
    const threads = groupConversations(cards);
    expect(threads.map((t) => [t.key, t.items.length])).toEqual([
      ['whatsapp:447700900456', 2],
      ['whatsapp:5491123456789', 1],
    ]);
  });

  it('is pure: the input cards are not modified', () => {
    const cards = captured('wa-statuses.json', 1);
    const before = JSON.stringify(cards);
    groupConversations(cards);
    expect(JSON.stringify(cards)).toBe(before);
  });
});
