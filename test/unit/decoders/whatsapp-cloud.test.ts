import { describe, expect, it } from 'vitest';
import { cardById, decodeFixture, seen } from './load-fixture';

const ID = (n: number): string => `wamid.HBgNNTQ5MTEyMzQ1Njc4ORUCABIYFjNFQjA${n}`;
const ANA = '+5491123456789';
const BUSINESS = '+15551234567';

describe('WhatsApp Cloud API: text and the list summary', () => {
  it('shows the sender name from contacts, the number with +, the text verbatim and UTC time', () => {
    const result = decodeFixture('wa-text.json');
    expect(result.decoder).toBe('whatsapp-cloud');
    expect(result.note).toBeNull();
    expect(result.cards).toHaveLength(1);
    expect(seen(result.cards[0])).toEqual({
      kind: 'message',
      type: 'text',
      from: ANA,
      fromName: 'Ana Silva',
      to: BUSINESS,
      id: ID(1),
      timestamp: '2025-05-14T14:11:32.000Z',
      summary: 'Hola, quiero saber el estado de mi pedido 4471',
    });
    expect(result.cards[0]).toMatchObject({
      channel: 'whatsapp',
      direction: 'inbound',
      conversationKey: 'whatsapp:5491123456789',
      details: { rawFrom: '5491123456789', phoneNumberId: '106540352242922' },
    });
    expect(result.summary).toBe('WhatsApp · Ana Silva: Hola, quiero saber el estado de mi pedido 4471');
    expect(result.dedupeKeys).toEqual([`whatsapp:msg:${ID(1)}`]);
  });

  it('accepts the App Dashboard test shape (a bare {field, value})', () => {
    const result = decodeFixture('wa-dashboard-test.json');
    expect(result.decoder).toBe('whatsapp-cloud');
    expect(seen(result.cards[0])).toMatchObject({
      fromName: 'test user name',
      from: '+16315551181',
      summary: 'this is a text message',
      timestamp: '2017-09-08T20:36:28.000Z',
    });
  });

  it('decodes wire escapes (\\uXXXX surrogate pairs, \\/) into the real text', () => {
    const card = decodeFixture('wa-wire-escaped.json').cards[0];
    expect(card?.summary).toBe('ver https://example.com/a 👍🏽 café');
    expect(card?.fromName).toBe('José 😀');
  });
});

describe('WhatsApp Cloud API: media', () => {
  const result = decodeFixture('wa-media.json');

  it('shows the caption, or says there is none, with media id, mime and sha256 as details', () => {
    expect(seen(cardById(result, ID(10)))).toMatchObject({
      type: 'image',
      summary: 'Foto del paquete dañado',
    });
    expect(cardById(result, ID(10)).details).toMatchObject({
      mediaId: '1479537139650973',
      mimeType: 'image/jpeg',
      sha256: 'Bf7dGrkZtQ8rmE1jaPzL7kdCcb9mpUyxMXJE0jmjzWs=',
      caption: 'Foto del paquete dañado',
    });
    expect(cardById(result, ID(11))).toMatchObject({
      type: 'image',
      summary: 'Image, no caption',
      details: {
        mediaUrl: 'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1479537139650974',
      },
    });
    expect(cardById(result, ID(12))).toMatchObject({
      type: 'video',
      summary: 'unboxing',
      details: { mimeType: 'video/mp4' },
    });
  });

  it('tells a voice message from an audio file', () => {
    expect(cardById(result, ID(13))).toMatchObject({
      type: 'audio',
      summary: 'Voice message',
      details: { voice: true, mimeType: 'audio/ogg; codecs=opus' },
    });
    expect(cardById(result, ID(14))).toMatchObject({
      type: 'audio',
      summary: 'Audio file',
      details: { voice: false },
    });
  });

  it('shows document filename and caption, and animated stickers', () => {
    expect(cardById(result, ID(15))).toMatchObject({
      type: 'document',
      summary: 'factura-4471.pdf — ver página 2',
      details: { filename: 'factura-4471.pdf', mediaId: '3345667889001122' },
    });
    expect(cardById(result, ID(16))).toMatchObject({
      type: 'sticker',
      summary: 'Sticker (animated)',
      details: { animated: true, mimeType: 'image/webp' },
    });
  });

  it('summarises a batch by its first message and counts the rest', () => {
    expect(result.cards).toHaveLength(7);
    expect(result.summary).toBe('WhatsApp · Ana Silva: Foto del paquete dañado (+6 more)');
  });
});

describe('WhatsApp Cloud API: location, contacts, reactions', () => {
  it('shows place name, address, coordinates and a map link', () => {
    const result = decodeFixture('wa-location-contacts.json');
    expect(cardById(result, ID(20))).toMatchObject({
      type: 'location',
      summary: 'Obelisco — Av. 9 de Julio s/n, Buenos Aires (-34.6037, -58.3816)',
      details: { latitude: -34.6037, longitude: -58.3816, url: 'https://maps.example.com/obelisco' },
    });
    expect(String(cardById(result, ID(20)).details.mapUrl)).toMatch(
      /^https:\/\/www\.openstreetmap\.org\/\?mlat=-34\.6037&mlon=-58\.3816/,
    );
    expect(cardById(result, ID(21)).summary).toBe('(48.2082, 16.3738)');
  });

  it('lists shared contacts with their first phone, tolerating missing fields', () => {
    const card = cardById(decodeFixture('wa-location-contacts.json'), ID(22));
    expect(card.type).toBe('contacts');
    expect(card.summary).toBe('2 contacts: María José Pérez (+34 612 345 678), Luis');
    expect(card.details.contacts).toEqual([
      {
        name: 'María José Pérez',
        phones: ['+34 612 345 678'],
        emails: ['mj@example.com'],
        organization: 'Acme SL, Compras',
      },
      { name: 'Luis', phones: [], emails: [], organization: null },
    ]);
  });

  it('shows reactions (multi-code-point emoji intact) and both forms of removal', () => {
    const result = decodeFixture('wa-reactions.json');
    expect(cardById(result, ID(30))).toMatchObject({
      type: 'reaction',
      summary: 'Reacted 👍🏽 to wamid.OUTBOUND001',
      reactsTo: 'wamid.OUTBOUND001',
      details: { emoji: '👍🏽', removed: false },
    });
    // emoji omitted (current docs) and emoji "" (older payloads) both mean "removed".
    expect(cardById(result, ID(31))).toMatchObject({
      summary: 'Removed reaction from wamid.OUTBOUND001',
      details: { removed: true, emoji: '' },
    });
    expect(cardById(result, ID(32))).toMatchObject({
      summary: 'Removed reaction from wamid.OUTBOUND002',
      details: { removed: true },
    });
    expect(cardById(result, ID(33)).summary).toBe('Reacted 👨‍👩‍👧‍👦 to wamid.OUTBOUND003');
  });
});

describe('WhatsApp Cloud API: interactive, button, order', () => {
  const result = decodeFixture('wa-interactive.json');

  it('shows the selected button / list option with its id as data', () => {
    expect(cardById(result, ID(40))).toMatchObject({
      type: 'interactive',
      summary: 'Sí, confirmar',
      replyTo: 'wamid.OUTBOUND010',
      details: { interactiveType: 'button_reply', selectionId: 'confirm_yes' },
    });
    expect(cardById(result, ID(41))).toMatchObject({
      summary: '09:30 — Martes 20 de mayo',
      details: { interactiveType: 'list_reply', selectionId: 'slot_0930', description: 'Martes 20 de mayo' },
    });
  });

  it('parses a Flow response_json a second time and shows the answers (not evaluated, HTML kept as text)', () => {
    expect(cardById(result, ID(42))).toMatchObject({
      summary: 'Flow response: rating: 5, comment: Muy bien <b>gracias</b>',
      details: {
        flowName: 'flow',
        response: { flow_token: 'tok-123', rating: '5', comment: 'Muy bien <b>gracias</b>' },
      },
    });
    expect(cardById(result, ID(43)).summary).toBe('Address: name: Ana, city: Córdoba');
  });

  it('keeps an unparseable response_json raw and says so', () => {
    expect(cardById(result, ID(44))).toMatchObject({
      summary: 'Flow response (Sent)',
      details: { responseJson: '{not json', responseJsonError: 'response_json is not valid JSON' },
    });
  });

  it('handles call permission replies and unknown interactive subtypes', () => {
    expect(cardById(result, ID(45))).toMatchObject({
      summary: 'Call permission: accept',
      details: { permanent: false, expiresAt: '2025-05-21T13:51:32.000Z' },
    });
    expect(cardById(result, ID(46))).toMatchObject({
      summary: 'Interactive (carousel_reply)',
      details: { raw: { type: 'carousel_reply', carousel_reply: { id: 'x' } } },
    });
  });

  it('shows template quick-reply buttons and orders with line count, units and total', () => {
    const orders = decodeFixture('wa-button-order.json');
    expect(cardById(orders, ID(50))).toMatchObject({
      type: 'button',
      summary: 'Dejar de recibir',
      details: { payload: 'STOP_PROMOS' },
      replyTo: 'wamid.TEMPLATE001',
    });
    const order = cardById(orders, ID(51));
    expect(order.summary).toBe('Order: 2 lines, 3 units, total 65.48 USD — Entregar por la tarde');
    expect(order.details).toMatchObject({
      catalogId: '1137873870275291',
      items: [
        { productRetailerId: 'SKU-RED-M', quantity: 2, itemPrice: 19.99, currency: 'USD' },
        { productRetailerId: 'SKU-BLU-L' },
      ],
    });
  });
});

describe('WhatsApp Cloud API: system, unsupported, unknown and future types', () => {
  it('shows system number changes without contacts, with the new number', () => {
    const result = decodeFixture('wa-system.json');
    expect(seen(cardById(result, 'wamid.SYSTEM001'))).toMatchObject({
      type: 'system',
      fromName: null,
      from: ANA,
      summary: 'Ana changed their phone number to a new number',
    });
    expect(cardById(result, 'wamid.SYSTEM001').details).toMatchObject({
      systemType: 'user_changed_number',
      newWaId: '5491199998888',
    });
    expect(cardById(result, 'wamid.SYSTEM002').details).toMatchObject({
      systemType: 'customer_identity_changed',
      identity: { acknowledged: true, createdAt: '2025-05-14T14:10:00.000Z', hash: 'Sjvjlx8G6Z0=' },
    });
  });

  it('shows unsupported messages with their real type and the message-level error', () => {
    const result = decodeFixture('wa-unsupported-and-future.json');
    const card = cardById(result, ID(60));
    expect(card).toMatchObject({
      kind: 'message',
      type: 'unsupported',
      summary: 'Unsupported (pin): 131051 Message type unknown',
    });
    expect(card.errors).toEqual([
      {
        code: '131051',
        title: 'Message type unknown',
        message: null,
        details: 'Message type is currently not supported.',
        href: null,
      },
    ]);
    expect(cardById(result, ID(61))).toMatchObject({
      type: 'unknown',
      summary: 'Unknown: 131051 Unsupported message type',
    });
  });

  it('keeps an unknown future type by name with its raw JSON, and still decodes the envelope', () => {
    const card = cardById(decodeFixture('wa-unsupported-and-future.json'), ID(62));
    expect(seen(card)).toMatchObject({
      kind: 'message',
      type: 'hologram',
      fromName: 'Ana Silva',
      from: ANA,
      timestamp: '2025-05-14T14:11:32.000Z',
    });
    expect(card.summary).toBe('hologram message (not decoded; raw JSON in details)');
    expect(card.details.raw).toEqual({ id: 'holo-1', depth_cm: 12, layers: [{ z: 0 }, { z: 1 }] });
  });

  it('shows request_welcome as an "opened chat" event, and edits and deletions', () => {
    const result = decodeFixture('wa-unsupported-and-future.json');
    expect(cardById(result, 'wamid.WELCOME001')).toMatchObject({
      kind: 'event',
      type: 'request_welcome',
      summary: 'Opened the chat for the first time',
      fromName: 'Ana Silva',
      conversationKey: 'whatsapp:5491123456789',
    });
    expect(cardById(result, ID(63))).toMatchObject({
      type: 'edit',
      summary: `Edited ${ID(1)}: Hola, quiero saber el estado del pedido 4472`,
      details: { originalMessageId: ID(1), editedType: 'text' },
    });
    expect(cardById(result, ID(64))).toMatchObject({ type: 'revoke', summary: `Deleted message ${ID(1)}` });
  });
});

describe('WhatsApp Cloud API: context and referral', () => {
  const result = decodeFixture('wa-context-referral.json');

  it('marks replies, forwards and frequent forwards', () => {
    expect(cardById(result, ID(70))).toMatchObject({
      replyTo: 'wamid.OUTBOUND020',
      forwarded: null,
      badges: ['↩ reply to wamid.OUTBOUND020'],
      details: { replyToFrom: '15551234567' },
    });
    expect(cardById(result, ID(71))).toMatchObject({
      replyTo: null,
      forwarded: 'forwarded',
      badges: ['Forwarded'],
    });
    expect(cardById(result, ID(72))).toMatchObject({
      type: 'image',
      forwarded: 'frequently_forwarded',
      badges: ['Forwarded many times'],
    });
  });

  it('shows the product a message asks about', () => {
    expect(cardById(result, ID(73))).toMatchObject({
      badges: ['↩ reply to wamid.CATALOG001', 'About product SKU-RED-M'],
      details: { referredProduct: { catalogId: '1137873870275291', productRetailerId: 'SKU-RED-M' } },
    });
  });

  it('adds an ad badge for click-to-WhatsApp referrals without replacing the user text', () => {
    const card = cardById(result, ID(74));
    expect(card).toMatchObject({
      type: 'text',
      summary: 'Quiero la promo',
      badges: ['Ad: 2x1 en camisetas'],
    });
    expect(card.details.referral).toMatchObject({
      sourceType: 'ad',
      sourceId: '120212345678900123',
      headline: '2x1 en camisetas',
      body: 'Solo esta semana',
      welcomeMessage: '¡Hola! ¿En qué te ayudamos?',
    });
  });
});

describe('WhatsApp Cloud API: statuses', () => {
  const result = decodeFixture('wa-statuses.json');
  const statuses = result.cards;

  it('makes one status card per status with tick wording, recipient and the message it refers to', () => {
    expect(statuses.map((c) => [c.type, c.summary])).toEqual([
      ['sent', '✓ Sent'],
      ['delivered', '✓✓ Delivered'],
      ['read', '✓✓ Read'],
      ['played', '▶ Played'],
      ['failed', '✗ Failed: 131047 Re-engagement message'],
      ['delivered', '✓✓ Delivered'],
    ]);
    expect(seen(statuses[0])).toEqual({
      kind: 'status',
      type: 'sent',
      from: BUSINESS,
      fromName: null,
      to: ANA,
      id: 'wamid.OUTBOUND001',
      timestamp: '2025-05-14T14:11:40.000Z',
      summary: '✓ Sent',
    });
    expect(statuses[0]).toMatchObject({
      toName: 'Ana Silva',
      statusOf: 'wamid.OUTBOUND001',
      direction: 'outbound',
      conversationKey: 'whatsapp:5491123456789',
    });
  });

  it('carries conversation (CBP) and pricing (CBP and PMP) as details', () => {
    expect(statuses[0]?.details).toMatchObject({
      conversation: { id: 'c5f1e2a9b3d4', expiresAt: '2025-05-15T14:11:40.000Z', origin: 'service' },
      pricing: { billable: true, model: 'CBP', category: 'service' },
    });
    expect(statuses[1]?.details).toMatchObject({
      pricing: { model: 'PMP', type: 'regular', category: 'utility' },
    });
  });

  it('shows failed statuses with the error code, title, details and link, even without contacts', () => {
    const failed = statuses[4];
    expect(failed).toMatchObject({ to: '+447700900456', toName: null });
    expect(failed?.errors).toEqual([
      {
        code: '131047',
        title: 'Re-engagement message',
        message: null,
        details:
          'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
        href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
      },
    ]);
  });

  it('threads group statuses by the group', () => {
    expect(statuses[5]).toMatchObject({
      conversationKey: 'whatsapp:group:120363025246125486',
      details: { recipientType: 'group', participant: '5491123456789' },
    });
  });

  it('keys redeliveries by message id and status', () => {
    expect(result.dedupeKeys).toContain('whatsapp:status:wamid.OUTBOUND001:sent');
    expect(result.dedupeKeys).toContain('whatsapp:status:wamid.OUTBOUND001:read');
    expect(result.summary).toBe('WhatsApp · ✓ Sent → Ana Silva (+5 more)');
  });
});

describe('WhatsApp Cloud API: batching and errors', () => {
  it('decodes every entry, every change, every message, status and error — in payload order', () => {
    const result = decodeFixture('wa-batch-mixed.json');
    expect(result.cards.map((c) => `${c.kind}:${c.type}:${c.summary}`)).toEqual([
      'message:text:primero',
      'message:text:segundo',
      'status:delivered:✓✓ Delivered',
      'error:error:130429 Rate limit hit',
      'event:message_template_status_update:Template order_update (es_AR) APPROVED',
      'message:text:otra cuenta',
    ]);
  });

  it('matches sender names by wa_id, never by position', () => {
    const result = decodeFixture('wa-batch-mixed.json');
    // contacts are [Ana, Bob] while messages are [Bob, Ana].
    expect(cardById(result, ID(80))).toMatchObject({ from: '+447700900456', fromName: 'Bob Okafor' });
    expect(cardById(result, ID(81))).toMatchObject({ from: ANA, fromName: 'Ana Silva' });
    expect(result.cards[2]).toMatchObject({ to: '+447700900456', toName: 'Bob Okafor' });
  });

  it('uses each value’s own business number and keeps the big template id as text', () => {
    const result = decodeFixture('wa-batch-mixed.json');
    expect(cardById(result, ID(82))).toMatchObject({
      to: '+447700900123',
      fromName: 'María José',
      details: { phoneNumberId: '200000000000001' },
    });
    expect(result.cards[4]).toMatchObject({
      timestamp: '2025-05-14T14:10:05.000Z',
      details: { templateId: '1234567890123456', accountId: '102290129340398' },
    });
  });

  it('decodes messages when contacts are missing or shorter than messages', () => {
    const missing = decodeFixture('wa-missing-contacts.json');
    expect(missing.cards.map((c) => [c.from, c.fromName, c.summary])).toEqual([
      [ANA, null, 'sin contacto'],
      ['+447700900456', null, 'tampoco'],
    ]);
    expect(missing.summary).toBe('WhatsApp · +5491123456789: sin contacto (+1 more)');
    const shorter = decodeFixture('wa-contacts-shorter.json');
    expect(shorter.cards.map((c) => c.fromName)).toEqual([null, 'Ana Silva']);
  });

  it('shows payload-level errors as error cards with code and title, and no invented time', () => {
    const result = decodeFixture('wa-value-errors.json');
    expect(result.cards.map((c) => [c.kind, c.summary, c.timestamp])).toEqual([
      ['error', '130429 Rate limit hit', null],
      ['error', '131000 Something went wrong', null],
    ]);
    expect(result.cards[0]?.errors[0]).toMatchObject({
      code: '130429',
      details: 'Cloud API message throughput has been reached.',
    });
    expect(result.summary).toBe('WhatsApp · Error 130429 Rate limit hit (+1 more)');
  });

  it('handles BSUID senders without a phone number', () => {
    const result = decodeFixture('wa-bsuid.json');
    expect(seen(result.cards[0])).toMatchObject({
      from: 'US.13491208655302741918',
      fromName: 'Jamie',
      summary: 'hi from a username',
    });
    expect(result.cards[0]).toMatchObject({
      conversationKey: 'whatsapp:US.13491208655302741918',
      details: { userId: 'US.13491208655302741918', username: '@jamie.k' },
    });
    expect(result.cards[1]).toMatchObject({
      kind: 'status',
      to: 'US.13491208655302741918',
      toName: 'Jamie',
      conversationKey: 'whatsapp:US.13491208655302741918',
    });
  });
});

describe('WhatsApp Cloud API: other webhook fields', () => {
  it('template status updates', () => {
    const result = decodeFixture('wa-template-status.json');
    expect(seen(result.cards[0])).toEqual({
      kind: 'event',
      type: 'message_template_status_update',
      from: null,
      fromName: null,
      to: null,
      // The template id names the card, so the UI and a search by id find it.
      id: '1689556908129832',
      timestamp: '2025-05-14T14:11:32.000Z',
      summary: 'Template summer_promo (en_US) REJECTED — INCORRECT_CATEGORY',
    });
    expect(result.cards[0]?.details).toMatchObject({ templateId: '1689556908129832', category: 'UTILITY' });
    expect(result.summary).toBe('WhatsApp · Template summer_promo (en_US) REJECTED — INCORRECT_CATEGORY');
    expect(result.dedupeKeys).toHaveLength(1);
  });

  it('quality, account and template-quality updates', () => {
    expect(decodeFixture('wa-phone-quality.json').cards[0]?.summary).toBe(
      '+15551234567 THROUGHPUT_UPGRADE: TIER_2K → TIER_10K',
    );
    expect(decodeFixture('wa-account-update.json').cards[0]?.summary).toBe(
      'Account ACCOUNT_VIOLATION — SCAM',
    );
    expect(decodeFixture('wa-template-quality.json').cards[0]?.summary).toBe(
      'Template summer_promo (en_US) quality: GREEN → YELLOW',
    );
  });

  it('an unknown future field still becomes an event card with its raw value', () => {
    const card = decodeFixture('wa-future-field.json').cards[0];
    expect(card).toMatchObject({
      kind: 'event',
      type: 'teleport_update',
      summary: 'teleport_update: TELEPORT_ENABLED',
      details: { raw: { event: 'TELEPORT_ENABLED', beam: { strength: 9 } } },
    });
  });

  it('user preferences (int timestamp), calls with call-level errors, and SMB app echoes', () => {
    expect(decodeFixture('wa-user-preferences.json').cards[0]).toMatchObject({
      kind: 'event',
      from: ANA,
      summary: 'marketing_messages: stop — User requested to stop marketing messages',
      timestamp: '2025-05-14T14:11:32.000Z',
    });
    const calls = decodeFixture('wa-calls.json').cards;
    expect(calls.map((c) => [c.kind, c.type, c.summary])).toEqual([
      ['event', 'call.terminate', 'Call terminate (Completed), 42s'],
      ['error', 'error', '138006 Lack of call permission'],
    ]);
    const echo = decodeFixture('wa-smb-echoes.json').cards[0];
    expect(echo).toMatchObject({
      kind: 'message',
      direction: 'outbound',
      from: BUSINESS,
      to: ANA,
      toName: 'Ana Silva',
      summary: 'Ya lo enviamos, llega mañana.',
      conversationKey: 'whatsapp:5491123456789',
    });
  });

  it('marketing link clicks (user_actions in a messages value), value errors shown once', () => {
    const cards = decodeFixture('wa-user-actions.json').cards;
    expect(cards.map((c) => [c.kind, c.type, c.summary, c.from, c.fromName, c.timestamp])).toEqual([
      ['error', 'error', '131026 Message undeliverable', null, null, null],
      [
        'event',
        'marketing_messages_link_click',
        'User action: marketing_messages_link_click',
        ANA,
        'Ana Silva',
        '2025-05-14T14:11:32.000Z',
      ],
    ]);
  });
});
