import { describe, expect, it } from 'vitest';
import { decodePayload } from '../../../src-main/core/decoders/payloads';
import { decodeFixture, fixtureBytes, jsonInput, seen } from './load-fixture';

describe('SocialHook normalised payloads', () => {
  it('the seed example: E.164 with spaces becomes +digits; int seconds become UTC', () => {
    const result = decodeFixture('socialhook-whatsapp.json');
    expect(result.decoder).toBe('socialhook');
    expect(seen(result.cards[0])).toEqual({
      kind: 'message',
      type: 'text',
      from: '+447700900456',
      fromName: null,
      to: null,
      id: 'wamid.HBgLNDQ3NzAwOTAwNDU2FQIAEhgg',
      timestamp: '2025-05-14T14:11:32.000Z',
      summary: 'Hello, is this working?',
    });
    expect(result.cards[0]).toMatchObject({
      badges: [],
      conversationKey: 'whatsapp:447700900456',
      details: {
        rawFrom: '+44 7700 900 456',
        conversationId: 'conv_8j3k2m',
        signatureVerified: true,
        deliveryAttempt: 1,
        latencyMs: 41,
      },
    });
    expect(result.dedupeKeys).toEqual(['socialhook:msg:wamid.HBgLNDQ3NzAwOTAwNDU2FQIAEhgg']);
  });

  it('flags unverified signatures and retries (possible duplicates)', () => {
    const card = decodeFixture('socialhook-retry-unverified.json').cards[0];
    expect(card).toMatchObject({
      type: 'image',
      summary: 'Image, no caption',
      fromName: 'Bob Okafor',
      badges: ['unverified', 'retry #2'],
      details: { mediaUrl: 'https://cdn.socialhook.example/m/abc.jpg' },
    });
  });

  it('Facebook {id, name} and Instagram {id, username} senders', () => {
    expect(decodeFixture('socialhook-facebook.json').cards[0]).toMatchObject({
      channel: 'messenger',
      from: '6543210987654321',
      fromName: 'Carla Gómez',
      summary: '¿Abren el domingo?',
      details: {
        pageId: '104123456789012',
        attachments: [{ type: 'image', url: 'https://cdn.example/fb.jpg' }],
      },
    });
    expect(decodeFixture('socialhook-instagram.json').cards[0]).toMatchObject({
      channel: 'instagram',
      fromName: 'dani.codes',
      details: { storyId: '18000000000000000' },
    });
  });

  it('status.update and conversation.started', () => {
    expect(decodeFixture('socialhook-status.json').cards[0]).toMatchObject({
      kind: 'status',
      type: 'read',
      statusOf: 'wamid.OUTBOUND050',
      to: '+447700900456',
    });
    expect(decodeFixture('socialhook-conversation-started.json').cards[0]).toMatchObject({
      kind: 'event',
      summary: 'Conversation started (conv_8j3k2m)',
    });
  });

  it('Facebook/Instagram relays that pass Meta’s millisecond timestamp through keep the right time', () => {
    const payload = JSON.parse(fixtureBytes('socialhook-instagram.json').toString('utf8')) as Record<
      string,
      unknown
    >;
    const seconds = payload.timestamp as number;
    const result = decodePayload(jsonInput({ ...payload, timestamp: seconds * 1000 }));
    expect(result.cards[0]?.timestamp).toBe(new Date(seconds * 1000).toISOString());
  });
});
