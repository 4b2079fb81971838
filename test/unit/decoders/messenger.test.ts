import { describe, expect, it } from 'vitest';
import { decodeFixture, seen } from './load-fixture';

describe('Messenger (object: page)', () => {
  const result = decodeFixture('messenger-message.json');

  it('text with quick reply and reply-to; ms timestamps become UTC ISO', () => {
    expect(result.decoder).toBe('messenger');
    expect(seen(result.cards[0])).toEqual({
      kind: 'message',
      type: 'text',
      from: '6543210987654321',
      fromName: null,
      to: '104123456789012',
      id: 'm_1457764197618:41d102a3e1ae206a38',
      timestamp: '2025-05-14T14:11:32.000Z',
      summary: 'hello, world!',
    });
    expect(result.cards[0]).toMatchObject({
      replyTo: 'm_OUT001',
      conversationKey: 'messenger:6543210987654321',
      details: { quickReplyPayload: 'DEVELOPER_DEFINED_PAYLOAD' },
    });
  });

  it('attachments and echoes (outbound, threaded with the contact)', () => {
    expect(result.cards[1]).toMatchObject({ type: 'attachments', summary: '2 attachments (image, file)' });
    expect(result.cards[2]).toMatchObject({
      direction: 'outbound',
      from: '104123456789012',
      to: '6543210987654321',
      conversationKey: 'messenger:6543210987654321',
      summary: 'Thanks, we got it',
    });
  });

  it('delivery (per mid, no invented time), read (watermark), reactions, postbacks, other events', () => {
    const receipts = decodeFixture('messenger-receipts.json').cards;
    expect(receipts[0]).toMatchObject({
      kind: 'status',
      type: 'delivered',
      statusOf: 'm_OUT002',
      timestamp: null,
      conversationKey: 'messenger:6543210987654321',
    });
    expect(receipts[1]).toMatchObject({
      kind: 'status',
      type: 'read',
      statusOf: null,
      appliesUpTo: '2025-05-14T14:13:10.000Z',
    });
    expect(receipts[2]).toMatchObject({
      type: 'reaction',
      summary: 'Reacted ❤️ to m_OUT002',
      reactsTo: 'm_OUT002',
    });
    expect(receipts[3]).toMatchObject({
      type: 'reaction',
      summary: 'Removed reaction from m_OUT002',
      details: { removed: true },
    });
    expect(receipts[4]).toMatchObject({
      type: 'postback',
      summary: 'Get Started',
      details: { payload: 'GET_STARTED' },
    });
    expect(receipts[5]).toMatchObject({ kind: 'event', type: 'optin', details: { raw: { ref: 'landing' } } });
  });
});

describe('Instagram (object: instagram)', () => {
  const result = decodeFixture('instagram-message.json');

  it('story replies, deletions, messaging_seen and standby events', () => {
    expect(result.decoder).toBe('instagram');
    expect(result.cards.map((c) => [c.kind, c.type, c.summary])).toEqual([
      ['message', 'text', 'love this story 🔥'],
      ['message', 'revoke', 'Deleted message'],
      ['status', 'read', '✓✓ Read'],
      ['message', 'text', 'handled by another app'],
    ]);
    expect(result.cards[0]).toMatchObject({
      channel: 'instagram',
      badges: ['Story reply'],
      conversationKey: 'instagram:1122334455667788',
    });
    expect(result.cards[2]).toMatchObject({ statusOf: 'aWdfOUT1' });
    expect(result.cards[3]?.badges).toEqual(['standby']);
    expect(result.summary).toBe('Instagram · 1122334455667788: love this story 🔥 (+3 more)');
  });
});
