import { describe, expect, it } from 'vitest';
import { decodePayload } from '../../../src-main/core/decoders/payloads';
import { decodeFixture, fixtureBytes, seen } from './load-fixture';

describe('Twilio WhatsApp: inbound messages (form-encoded)', () => {
  it('strips whatsapp:, decodes + and %2B correctly, names the sender, and has no timestamp', () => {
    const result = decodeFixture('twilio-inbound-text.form');
    expect(result.decoder).toBe('twilio');
    expect(seen(result.cards[0])).toEqual({
      kind: 'message',
      type: 'text',
      from: '+5491123456789',
      fromName: 'Ana Silva',
      to: '+14155238886',
      id: 'SM1f0e8ae6ade43cb3c0ce4525424e404f',
      timestamp: null,
      summary: 'Hola, ¿cómo están? 1+1=2',
    });
    // Forwarded=false is the string "false": not forwarded. ReferralNumMedia=0 is not an ad.
    expect(result.cards[0]).toMatchObject({
      forwarded: null,
      badges: [],
      channel: 'whatsapp',
      conversationKey: 'whatsapp:5491123456789',
    });
    expect(result.summary).toBe('Twilio · Ana Silva: Hola, ¿cómo están? 1+1=2');
    expect(result.dedupeKeys).toEqual(['twilio:msg:SM1f0e8ae6ade43cb3c0ce4525424e404f']);
  });

  it('media: NumMedia/MediaUrl0/MediaContentType0, and Forwarded=true', () => {
    const card = decodeFixture('twilio-inbound-media.form').cards[0];
    expect(card).toMatchObject({
      type: 'image',
      summary: 'Image, no caption',
      forwarded: 'forwarded',
      badges: ['Forwarded'],
    });
    expect(card?.details.media).toEqual([
      {
        url: 'https://api.twilio.com/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Messages/MM2a/Media/ME1',
        contentType: 'image/jpeg',
      },
    ]);
  });

  it('location: label, address, coordinates', () => {
    expect(decodeFixture('twilio-inbound-location.form').cards[0]).toMatchObject({
      type: 'location',
      summary: 'Obelisco — Av. 9 de Julio s/n (-34.6037, -58.3816)',
      details: { latitude: -34.6037, longitude: -58.3816 },
    });
  });

  it('buttons with payload, replies, ad referral, and ChannelMetadata parsed from its JSON string', () => {
    const card = decodeFixture('twilio-inbound-button.form').cards[0];
    expect(card).toMatchObject({
      type: 'button',
      summary: 'Confirmar turno',
      replyTo: 'SM0000000000000000000000000000000a',
      badges: ['↩ reply to SM0000000000000000000000000000000a', 'Ad: 2x1 en camisetas'],
      details: {
        buttonPayload: 'confirm_0930',
        channelMetadata: { type: 'whatsapp', data: { context: { ProfileName: 'Ana Silva' } } },
        referral: { headline: '2x1 en camisetas', sourceType: 'ad', ctwaClid: 'ARAkLkA8rml' },
      },
    });
  });

  it('plain SMS is decoded as channel sms', () => {
    expect(decodeFixture('twilio-sms.form').cards[0]).toMatchObject({
      channel: 'sms',
      from: '+12125551234',
      summary: 'STOP',
      conversationKey: 'sms:12125551234',
    });
  });

  it('GET deliveries: parameters in the query string', () => {
    const query = fixtureBytes('twilio-inbound-text.form').toString('utf8');
    const result = decodePayload({
      headers: [],
      body: Buffer.alloc(0),
      contentType: null,
      path: `/twilio?${query}`,
    });
    expect(result.cards[0]?.summary).toBe('Hola, ¿cómo están? 1+1=2');
  });
});

describe('Twilio WhatsApp: status callbacks', () => {
  it('delivered: refers to the MessageSid, thread by To (never by the masked ChannelToAddress)', () => {
    const result = decodeFixture('twilio-status-delivered.form');
    expect(seen(result.cards[0])).toEqual({
      kind: 'status',
      type: 'delivered',
      from: '+14155238886',
      fromName: null,
      to: '+5491123456789',
      id: 'SM5d',
      timestamp: null,
      summary: '✓✓ Delivered',
    });
    expect(result.cards[0]).toMatchObject({
      statusOf: 'SM5d',
      conversationKey: 'whatsapp:5491123456789',
      details: { channelToAddress: '+549112345XXXX', eventType: 'DELIVERED' },
    });
    expect(result.dedupeKeys).toEqual(['twilio:status:SM5d:delivered']);
  });

  it('undelivered with ErrorCode 63016: a failed tick with the code, title and docs link', () => {
    const card = decodeFixture('twilio-status-failed.form').cards[0];
    expect(card).toMatchObject({
      type: 'failed',
      summary: '✗ Failed: 63016 Outside the 24-hour window: use a template',
      details: { rawStatus: 'undelivered' },
    });
    expect(card?.errors).toEqual([
      {
        code: '63016',
        title: 'Outside the 24-hour window: use a template',
        message: null,
        details: null,
        href: 'https://www.twilio.com/docs/api/errors/63016',
      },
    ]);
  });
});
