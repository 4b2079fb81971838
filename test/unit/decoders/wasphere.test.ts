import { describe, expect, it } from 'vitest';
import { decodePayload } from '../../../src-main/core/decoders/payloads';
import { decodeFixture, jsonInput, seen } from './load-fixture';

describe('WaSphere: the seed guide shapes', () => {
  it('message.received: the JID becomes a +number, the text is shown, the envelope time is used', () => {
    const result = decodeFixture('wasphere-seed-message.json');
    expect(result.decoder).toBe('wasphere');
    expect(seen(result.cards[0])).toEqual({
      kind: 'message',
      type: 'text',
      from: '+447700900456',
      fromName: null,
      to: null,
      id: null,
      timestamp: '2026-05-25T10:00:00.000Z',
      summary: 'Hello',
    });
    expect(result.cards[0]).toMatchObject({
      conversationKey: 'whatsapp:447700900456',
      details: { jid: '447700900456@s.whatsapp.net', sessionId: 'sess_test' },
    });
    expect(result.summary).toBe('WaSphere · +447700900456: Hello');
    // deliveryId is WaSphere's idempotency key.
    expect(result.dedupeKeys).toEqual(['wasphere:delivery:test']);
  });

  it('message.status with a string status refers to the message id', () => {
    const result = decodeFixture('wasphere-seed-status.json');
    expect(result.cards[0]).toMatchObject({
      kind: 'status',
      type: 'delivered',
      summary: '✓✓ Delivered',
      statusOf: '3EB0C767D26A1D6F2E6E',
      timestamp: '2026-05-25T10:00:05.000Z',
    });
    expect(result.dedupeKeys).toEqual([
      'wasphere:delivery:dlv_0002',
      'wasphere:status:3EB0C767D26A1D6F2E6E:delivered',
    ]);
  });

  it('session.connected / session.disconnected', () => {
    expect(decodeFixture('wasphere-seed-connected.json').cards[0]).toMatchObject({
      kind: 'event',
      type: 'session.connected',
      summary: 'Session connected: Support line (+447700900123)',
      conversationKey: null,
    });
    expect(decodeFixture('wasphere-seed-disconnected.json').summary).toBe(
      'WaSphere · Session disconnected: Support line — Connection Timeout',
    );
  });
});

describe('WaSphere: real deliveries (top-level sessionId, Baileys objects)', () => {
  it('@lid senders are shown by their phone (senderPn), named by pushName, timed by the Long timestamp', () => {
    const result = decodeFixture('wasphere-real-text.json');
    expect(seen(result.cards[0])).toEqual({
      kind: 'message',
      type: 'text',
      from: '+447700900456',
      fromName: 'Bob Okafor',
      to: null,
      id: '3EB0A1B2C3D4E5F60718',
      timestamp: '2026-05-25T10:00:00.000Z',
      summary: 'Is my order on its way?',
    });
    expect(result.cards[0]).toMatchObject({
      replyTo: '3EB0FFEE00112233',
      conversationKey: 'whatsapp:447700900456',
      details: {
        rawType: 'extendedTextMessage',
        jid: '185042795622478@lid',
        senderLid: '185042795622478@lid',
        sessionId: 'support',
      },
    });
    expect(result.dedupeKeys).toEqual([
      'wasphere:delivery:9f1c2b3a4d5e6f708192a3b4c5d6e7f8',
      'wasphere:msg:3EB0A1B2C3D4E5F60718',
    ]);
  });

  it('maps Baileys content types to plain ones, keeping selection ids and the raw type', () => {
    expect(decodeFixture('wasphere-real-conversation.json').cards[0]).toMatchObject({
      type: 'text',
      summary: 'Track my order',
      details: { rawType: 'conversation', selectionId: 'track_order' },
    });
    expect(decodeFixture('wasphere-real-image.json').cards[0]).toMatchObject({
      type: 'image',
      summary: 'the box',
      details: {
        mimeType: 'image/jpeg',
        mediaUrl: 'https://wa.example.com/media/3EB0IMAGE0001.jpg',
        hasInlineData: true,
      },
    });
    // The inline base64 data URI is never copied into the card.
    expect(JSON.stringify(decodeFixture('wasphere-real-image.json').cards)).not.toContain('base64');
    expect(decodeFixture('wasphere-real-location.json').cards[0]).toMatchObject({
      type: 'location',
      summary: 'Big Ben — London SW1A 0AA (51.5007, -0.1246)',
    });
    expect(decodeFixture('wasphere-real-document.json').cards[0]).toMatchObject({
      type: 'document',
      summary: 'invoice.pdf',
      details: { filename: 'invoice.pdf' },
    });
    expect(decodeFixture('wasphere-real-poll.json').cards[0]).toMatchObject({
      type: 'poll',
      summary: 'Poll: Lunch? [Pizza / Sushi]',
    });
    expect(decodeFixture('wasphere-real-misc.json').cards[0]).toMatchObject({
      type: 'reaction',
      summary: 'Reacted 🙏 to 3EB0OUT0001',
      reactsTo: '3EB0OUT0001',
    });
  });

  it('group messages name the participant and thread by the group', () => {
    const card = decodeFixture('wasphere-real-group.json').cards[0];
    expect(card).toMatchObject({
      type: 'audio',
      summary: 'Voice message',
      from: '+447700900789',
      fromName: 'Chloe',
      conversationKey: 'whatsapp:group:120363025246125486@g.us',
      details: { isGroup: true, voice: true, seconds: 7 },
    });
  });

  it('unknown Baileys types keep their name and raw content', () => {
    expect(decodeFixture('wasphere-real-future.json').cards[0]).toMatchObject({
      type: 'eventMessage',
      summary: 'eventMessage message (not decoded; raw JSON in details)',
      details: { raw: { whenever: 'soon' } },
    });
  });

  it('messages.update is an array of numeric statuses (Baileys and Meta-backed); non-status updates stay visible', () => {
    const result = decodeFixture('wasphere-messages-update.json');
    expect(
      result.cards.map((c) => [c.kind, c.type, c.statusOf ?? c.id, c.details.rawStatus ?? null]),
    ).toEqual([
      ['status', 'delivered', '3EB0OUT0001', '3'],
      ['status', 'read', '3EB0OUT0001', '4'],
      ['status', 'failed', '3EB0OUT0002', '0'],
      ['status', 'sent', 'wamid.META0001', '2'],
      ['event', 'messages.update', '3EB0OUT0003', null],
    ]);
    expect(result.cards[0]).toMatchObject({
      to: '+447700900456',
      direction: 'outbound',
      conversationKey: 'whatsapp:447700900456',
    });
  });

  it('message.receipt, message.sent and the canonical message.failed', () => {
    expect(decodeFixture('wasphere-receipt.json').cards[0]).toMatchObject({
      type: 'read',
      statusOf: '3EB0OUT0001',
      timestamp: '2026-05-25T10:01:10.000Z',
    });
    const sent = decodeFixture('wasphere-sent.json');
    expect(sent.cards[0]).toMatchObject({
      kind: 'message',
      direction: 'outbound',
      to: '+447700900456',
      id: '3EB0OUT0001',
      summary: 'It ships today.',
    });
    expect(sent.summary).toBe('WaSphere · → +447700900456: It ships today.');
    const failed = decodeFixture('wasphere-canonical.json').cards[0];
    expect(failed).toMatchObject({
      type: 'failed',
      summary: '✗ Failed: Recipient not on WhatsApp',
      statusOf: '3EB0OUT0009',
    });
    expect(failed?.errors[0]).toMatchObject({ title: 'Recipient not on WhatsApp' });
  });

  it('real session.connected ({phoneNumber, name}) and other events', () => {
    expect(decodeFixture('wasphere-real-connected.json').cards[0]?.summary).toBe(
      'Session connected: Acme Support (+447700900123)',
    );
    expect(decodeFixture('wasphere-webhook-test.json').cards[0]).toMatchObject({
      kind: 'event',
      type: 'webhook.test',
      summary: 'Test delivery',
    });
  });
});

describe('WaSphere: detection', () => {
  const bare = {
    event: 'message.received',
    data: { from: '447700900456@s.whatsapp.net', type: 'text', content: { text: 'hi' } },
  };

  it('a bare {event, data} is not claimed without WaSphere headers or envelope ids', () => {
    expect(decodePayload(jsonInput(bare)).decoder).toBeNull();
  });

  it('X-WaSphere-* headers identify it even without deliveryId/sessionId', () => {
    const result = decodePayload(jsonInput(bare, [['X-WaSphere-Event', 'message.received']]));
    expect(result.decoder).toBe('wasphere');
    expect(result.cards[0]?.summary).toBe('hi');
  });
});
