import { gzipSync, brotliCompressSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeContentEncoding, searchableText } from '../../../src-main/core/decoders/content';
import { answerReceiverHandshake } from '../../../src-main/core/providers/receiver-handshake';
import { toFtsQuery } from '../../../src-main/core/store/fts-query';

describe('content decoding', () => {
  const text = Buffer.from('{"msg":"héllo"}');
  it.each([
    ['gzip', gzipSync(text)],
    ['br', brotliCompressSync(text)],
    ['deflate', deflateSync(text)],
  ])('undoes %s', (encoding, bytes) => {
    const decoded = decodeContentEncoding([['Content-Encoding', encoding]], bytes);
    expect(decoded.error).toBeNull();
    expect(decoded.bytes.equals(text)).toBe(true);
    expect(decoded.encodings).toEqual([encoding]);
  });

  it('refuses a decompression bomb and keeps the raw bytes', () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024));
    const decoded = decodeContentEncoding([['content-encoding', 'gzip']], bomb);
    expect(decoded.error).toMatch(/limit/);
    expect(decoded.bytes).toBe(bomb);
  });

  it('says so when the bytes are not what the header claims', () => {
    const decoded = decodeContentEncoding([['Content-Encoding', 'gzip']], text);
    expect(decoded.error).toMatch(/not valid gzip/);
    expect(decoded.bytes).toBe(text);
  });

  it('decodes the declared charset for search', () => {
    const latin1 = Buffer.from([0x63, 0x61, 0x66, 0xe9]);
    expect(searchableText([], latin1, 'text/plain; charset=iso-8859-1')).toBe('café');
    expect(searchableText([], Buffer.from([0, 1, 2]), 'application/octet-stream')).toBe('');
  });

  it('gives the same first characters of a large body when asked for only those', () => {
    const keep = 100_000;
    // Multi-byte characters throughout (2, 3 and 4 bytes in UTF-8), and a single-byte charset.
    const text = ('é€😀 ordinary words, ' + 'ü'.repeat(50)).repeat(30_000);
    const bodies: [Buffer, string][] = [
      [Buffer.from(JSON.stringify({ text })), 'application/json'],
      [Buffer.from(text.replace(/[€😀]/gu, 'e'), 'latin1'), 'text/plain; charset=iso-8859-1'],
    ];
    for (const [body, type] of bodies) {
      expect(body.length).toBeGreaterThan(1024 * 1024);
      const bounded = searchableText([], body, type, keep);
      expect(bounded.length).toBeGreaterThanOrEqual(keep);
      expect(bounded.slice(0, keep)).toBe(searchableText([], body, type).slice(0, keep));
    }
  });
});

describe('Meta handshake answers (through the registry)', () => {
  const answer = (method: string, path: string, token: string | null) =>
    answerReceiverHandshake({ method, path, headers: [], body: Buffer.alloc(0) }, (provider) =>
      provider === 'meta' ? token : null,
    );
  it('ignores requests that are not Meta handshakes', () => {
    expect(answer('POST', '/?hub.mode=subscribe&hub.challenge=1', null)).toBeNull();
    expect(answer('GET', '/?a=1', null)).toBeNull();
    expect(answer('GET', '/webhook', null)).toBeNull();
  });
  it('echoes, refuses or rejects as Meta expects', () => {
    expect(answer('GET', '/?hub.mode=subscribe&hub.challenge=42&hub.verify_token=t', 't')).toMatchObject({
      provider: 'meta',
      status: 200,
      body: '42',
    });
    expect(answer('GET', '/?hub.mode=subscribe&hub.challenge=42&hub.verify_token=x', 't')).toMatchObject({
      status: 403,
    });
    expect(answer('GET', '/?hub.mode=subscribe&hub.challenge=42', null)).toMatchObject({
      status: 200,
      body: '42',
    });
    expect(answer('GET', '/?hub.mode=unsubscribe&hub.challenge=42', null)).toMatchObject({
      status: 400,
    });
  });
});

describe('search query escaping', () => {
  it('quotes every word as a prefix term', () => {
    expect(toFtsQuery('hello world')).toBe('"hello"* "world"*');
    expect(toFtsQuery('say "hi" OR (x')).toBe('"say"* """hi"""* "OR"* "(x"*');
    expect(toFtsQuery('   ')).toBeNull();
  });
});
