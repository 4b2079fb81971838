import { describe, expect, it } from 'vitest';
import { decodePayload, MAX_CARDS, MAX_DECODE_BYTES } from '../../../src-main/core/decoders/payloads';
import { cardById, decodeFixture, fixtureBytes, jsonInput } from './load-fixture';

const NO_DECODER = { decoder: null, cards: [], summary: null, dedupeKeys: [], note: 'no decoder' };

describe('hostile keys (__proto__, constructor, hasOwnProperty)', () => {
  it('decodes the payload without polluting any prototype', () => {
    const result = decodeFixture('wa-hostile-keys.json');
    expect(result.decoder).toBe('whatsapp-cloud');
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf(result.cards[0]?.details)).toBe(Object.prototype);
    for (const card of result.cards) {
      expect(Object.getPrototypeOf(card)).toBe(Object.prototype);
      expect((card as unknown as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('treats hostile names as plain data: types, senders and statuses keep their literal names', () => {
    const result = decodeFixture('wa-hostile-keys.json');
    expect(result.cards).toHaveLength(5);
    // type "__proto__": an own key in the message (JSON.parse), shown as raw data, not Object.prototype.
    const proto = cardById(result, 'wamid.PROTO001');
    expect(proto).toMatchObject({ type: '__proto__', from: '__proto__', fromName: 'Proto Person' });
    expect(proto.details.raw).toEqual(JSON.parse('{"body":"x"}'));
    // type "constructor" with no such own key: the whole message is the raw data, never Object().
    const ctor = cardById(result, 'wamid.PROTO002');
    expect(ctor).toMatchObject({ type: 'constructor', from: 'constructor', fromName: 'Ctor Person' });
    expect(typeof ctor.details.raw).toBe('object');
    expect(ctor.details.raw).not.toBe(Object);
    expect(cardById(result, 'wamid.PROTO003')).toMatchObject({
      type: 'text',
      summary: 'toString',
      fromName: null,
    });
    expect(cardById(result, 'wamid.PROTO004')).toMatchObject({
      type: 'hasOwnProperty',
      details: { raw: { x: 1 } },
    });
    const status = cardById(result, 'wamid.PROTO005');
    expect(status).toMatchObject({
      kind: 'status',
      type: '__proto__',
      summary: 'Status: __proto__',
      to: 'toString',
    });
  });

  it('survives hostile keys in every other decoder too', () => {
    const hostile = '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}';
    const bodies = [
      `${hostile},"object":"page","entry":[{"messaging":[{"sender":{"id":"__proto__"},"recipient":{"id":"constructor"},"timestamp":1747231892000,"constructor":{"x":1}}]}]}`,
      `${hostile},"platform":"whatsapp","event":"message.received","from":"__proto__","message":{"type":"constructor","id":"x"}}`,
      `${hostile},"event":"message.received","deliveryId":"d","data":{"from":"__proto__","type":"constructor","content":{"__proto__":{"text":"x"}}}}`,
      `${hostile},"event":"messages.update","sessionId":"s","data":[{"key":{"id":"toString"},"update":{"status":"constructor"}}]}`,
    ];
    for (const body of bodies) {
      const result = decodePayload({
        headers: [],
        body: Buffer.from(body),
        contentType: 'application/json',
        path: '/',
      });
      expect(result.decoder).not.toBeNull();
      expect(result.cards.length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const form = decodePayload({
      headers: [],
      body: Buffer.from('__proto__=x&constructor=y&MessageSid=SM1&From=whatsapp%3A%2B15550001111&Body=hi'),
      contentType: 'application/x-www-form-urlencoded',
      path: '/',
    });
    expect(form.cards[0]?.summary).toBe('hi');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('hostile and long content is kept verbatim, as data', () => {
  it('keeps a 5,000-code-point RTL + emoji text intact (no truncation, no normalisation)', () => {
    const raw = JSON.parse(fixtureBytes('wa-long-rtl-emoji.json').toString('utf8')) as {
      entry: [{ changes: [{ value: { messages: [{ text: { body: string } }] } }] }];
    };
    const original = raw.entry[0].changes[0].value.messages[0].text.body;
    expect([...original]).toHaveLength(5000);
    const result = decodeFixture('wa-long-rtl-emoji.json');
    const card = result.cards[0];
    expect(card?.summary).toBe(original);
    expect(card?.summary).toContain('\u202E');
    expect(card?.fromName).toBe('نور الهدى');
    // The list line is short, single-line and cut on a grapheme boundary (no broken emoji).
    const line = result.summary ?? '';
    expect(line.startsWith('WhatsApp · نور الهدى: مرحبا بالعالم')).toBe(true);
    expect(line.endsWith('…')).toBe(true);
    expect([...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(line)].length).toBeLessThan(
      110,
    );
    expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('keeps HTML/script and template syntax as text: not escaped, not unescaped, not evaluated', () => {
    const result = decodeFixture('wa-html-script.json');
    expect(result.cards[0]?.summary).toBe(
      '<script>alert("x")</script><img src=x onerror=alert(1)> &lt;b&gt; {{constructor.constructor("alert(1)")()}} ${process.exit()}',
    );
    expect(result.cards[0]?.fromName).toBe('<script>steal()</script>');
    expect(result.cards[1]).toMatchObject({
      summary: '<img src=x onerror=alert(1)>.pdf — <b>bold</b>',
      details: { filename: '<img src=x onerror=alert(1)>.pdf', caption: '<b>bold</b>' },
    });
  });
});

describe('anything not understood → no decoder, never a throw', () => {
  it.each([
    ['malformed JSON', { body: fixtureBytes('malformed.json'), contentType: 'application/json' }],
    ['empty body', { body: Buffer.alloc(0), contentType: 'application/json' }],
    [
      'binary',
      { body: Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80]), contentType: 'application/octet-stream' },
    ],
    ['JSON scalar', { body: Buffer.from('42'), contentType: 'application/json' }],
    ['JSON null', { body: Buffer.from('null'), contentType: 'application/json' }],
    ['JSON array', { body: Buffer.from('[1,2,3]'), contentType: 'application/json' }],
    ['unknown JSON', { body: fixtureBytes('unknown-generic.json'), contentType: 'application/json' }],
    ['XML', { body: Buffer.from('<xml><a>1</a></xml>'), contentType: 'application/xml' }],
    [
      'form that is not Twilio',
      { body: Buffer.from('a=1&b=2'), contentType: 'application/x-www-form-urlencoded' },
    ],
  ])('%s', (_name, input) => {
    expect(decodePayload({ headers: [], path: '/', ...input })).toEqual(NO_DECODER);
  });

  it('Sendsar (signature-only spec) has no decoder even with its signature header', () => {
    const result = decodeFixture('sendsar-message.json', {
      headers: [['X-Webhook-Signature', 'sha256=abc']],
    });
    expect(result).toEqual(NO_DECODER);
  });

  it('wrongly typed fields degrade instead of throwing', () => {
    const weird = {
      object: 'whatsapp_business_account',
      entry: [
        null,
        5,
        { changes: 'nope' },
        {
          changes: [
            null,
            {
              field: 'messages',
              value: {
                messages: [null, 1, { type: 7, text: 'x', timestamp: 'soon' }],
                statuses: {},
                contacts: 'x',
                errors: [null],
              },
            },
          ],
        },
      ],
    };
    const result = decodePayload(jsonInput(weird));
    expect(result.decoder).toBe('whatsapp-cloud');
    expect(result.cards[0]).toMatchObject({ kind: 'message', type: '7', timestamp: null });
    expect(result.cards[1]).toMatchObject({ kind: 'error', summary: 'error' });
  });

  it('never invents a timestamp: out-of-range or non-numeric times become null', () => {
    const value = (ts: unknown): unknown => ({
      object: 'whatsapp_business_account',
      entry: [
        {
          changes: [
            {
              field: 'messages',
              value: { messages: [{ from: '1', id: 'x', type: 'text', text: { body: 'a' }, timestamp: ts }] },
            },
          ],
        },
      ],
    });
    for (const ts of ['abc', '', '99999999999999', '-5', 12.5e20, null, '1747231892000']) {
      expect(decodePayload(jsonInput(value(ts))).cards[0]?.timestamp).toBeNull();
    }
  });
});

describe('size limits', () => {
  it(`caps a huge batch at ${MAX_CARDS} cards and says so in the note`, () => {
    const statuses = Array.from({ length: 5000 }, (_, i) => ({
      id: `wamid.S${i}`,
      status: 'delivered',
      timestamp: '1747231892',
      recipient_id: '15550001111',
    }));
    const result = decodePayload(
      jsonInput({
        object: 'whatsapp_business_account',
        entry: [{ changes: [{ field: 'messages', value: { statuses } }] }],
      }),
    );
    expect(result.cards).toHaveLength(MAX_CARDS);
    expect(result.dedupeKeys).toHaveLength(MAX_CARDS);
    expect(result.note).toBe(
      'card limit reached: showing the first 2,000 cards; the rest is in the raw body',
    );
    expect(result.summary).toBe(`WhatsApp · ✓✓ Delivered → +15550001111 (+${MAX_CARDS - 1} more)`);
  });

  it('refuses to parse bodies above the decode limit', () => {
    const result = decodePayload({
      headers: [],
      body: Buffer.alloc(MAX_DECODE_BYTES + 1, 0x20),
      contentType: 'application/json',
      path: '/',
    });
    expect(result.decoder).toBeNull();
    expect(result.note).toMatch(/^body too large to decode/);
  });

  it('a recognised envelope with nothing in it says so', () => {
    const result = decodePayload(jsonInput({ object: 'whatsapp_business_account', entry: [] }));
    expect(result).toMatchObject({
      decoder: 'whatsapp-cloud',
      cards: [],
      summary: 'WhatsApp · (nothing to show)',
      note: 'recognised, but nothing to show',
    });
  });
});
