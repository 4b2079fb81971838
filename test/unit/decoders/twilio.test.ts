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

  it('undelivered with ErrorCode 63016: MessageStatus as given (not "failed"), with the code, title and docs link', () => {
    // Twilio's "undelivered" (the carrier or WhatsApp refused it) and "failed" (never sent) need
    // different fixes, so the card keeps the status Twilio sent.
    const card = decodeFixture('twilio-status-failed.form').cards[0];
    expect(card).toMatchObject({
      type: 'undelivered',
      summary: '✗ Undelivered: 63016 Outside the 24-hour window: use a template',
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

describe('forms in a declared charset', () => {
  it('a Latin-1 form names "Jörg", not "J\uFFFDrg", in the card and the list summary', () => {
    const body = Buffer.concat([
      Buffer.from(
        'MessageSid=SM9&AccountSid=AC1&From=%2B4915112345678&To=%2B14155238886&SmsStatus=received&ProfileName=J%F6rg+M',
      ),
      Buffer.from([0xfc]),
      Buffer.from('ller&Body=Gr%FC%DFe'),
    ]);
    const result = decodePayload({
      headers: [],
      body,
      contentType: 'application/x-www-form-urlencoded; charset=ISO-8859-1',
      path: '/twilio',
    });
    expect(result.cards[0]).toMatchObject({ fromName: 'Jörg Müller', summary: 'Grüße' });
    expect(result.summary).toBe('Twilio · Jörg Müller: Grüße');
  });

  it('a Latin-1 JSON body is read in its charset', () => {
    const text =
      '{"object":"event","id":"evt_1","type":"customer.created","data":{"object":{"id":"cus_J\u00f6rg"}}}';
    const result = decodePayload({
      headers: [],
      body: Buffer.from(text, 'latin1'),
      contentType: 'application/json; charset=iso-8859-1',
      path: '/',
    });
    expect(result.summary).toBe('Stripe · customer.created · cus_Jörg');
  });
});
