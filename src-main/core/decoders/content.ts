// Bounded content decoding: gzip/deflate/br and charsets turned into text for search and display.
// The wire bytes are never replaced; this only derives views. Decompression is capped both in
// absolute size and in expansion ratio so a zip bomb costs nothing.
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import type { HeaderPair } from '@shared/types';

export const DECODE_LIMITS = { maxBytes: 32 * 1024 * 1024, maxRatio: 200 };

export interface DecodedBody {
  bytes: Buffer;
  /** The encodings that were undone, outermost first; empty when the body was not encoded. */
  encodings: string[];
  error: string | null;
}

export function headerValue(headers: HeaderPair[], name: string): string | null {
  const lower = name.toLowerCase();
  for (const [n, v] of headers) if (n.toLowerCase() === lower) return v;
  return null;
}

export function decodeContentEncoding(
  headers: HeaderPair[],
  body: Buffer,
  limits = DECODE_LIMITS,
): DecodedBody {
  const header = headerValue(headers, 'content-encoding');
  if (!header || body.length === 0) return { bytes: body, encodings: [], error: null };
  const encodings = header
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e && e !== 'identity');
  let bytes = body;
  const maxOutputLength = Math.min(limits.maxBytes, Math.max(1024, body.length * limits.maxRatio));
  // Encodings are listed in the order they were applied, so undo them from last to first.
  for (const encoding of [...encodings].reverse()) {
    try {
      if (encoding === 'gzip' || encoding === 'x-gzip') bytes = gunzipSync(bytes, { maxOutputLength });
      else if (encoding === 'br') bytes = brotliDecompressSync(bytes, { maxOutputLength });
      else if (encoding === 'deflate') bytes = inflateDeflate(bytes, maxOutputLength);
      else return { bytes: body, encodings: [], error: `Unsupported content-encoding "${encoding}".` };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'ERR_BUFFER_TOO_LARGE'
          ? `expands beyond ${Math.round(maxOutputLength / 1024 / 1024)} MB (limit)`
          : 'is not valid ' + encoding + ' data';
      return { bytes: body, encodings: [], error: `The body ${reason}; showing the raw bytes.` };
    }
  }
  return { bytes, encodings, error: null };
}

// "deflate" on the wire is usually zlib-wrapped, but some senders use raw deflate.
function inflateDeflate(bytes: Buffer, maxOutputLength: number): Buffer {
  try {
    return inflateSync(bytes, { maxOutputLength });
  } catch {
    return inflateRawSync(bytes, { maxOutputLength });
  }
}

/** Query parameters of a request-target ("/path?a=1&a=2"), in order, duplicates kept. */
export function queryPairs(path: string): HeaderPair[] {
  const at = path.indexOf('?');
  if (at < 0) return [];
  try {
    return [...new URLSearchParams(path.slice(at + 1))];
  } catch {
    return [];
  }
}

export function charsetOf(contentType: string | null): string {
  const match = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase() ?? 'utf-8';
}

const UTF8 = new TextDecoder('utf-8');

/**
 * The decoder for the declared charset (`iso-8859-1` reads as windows-1252, as browsers do); UTF-8
 * when none is declared or the label is unknown. A Latin-1 "Jörg" must not become "J\uFFFDrg".
 */
export function charsetDecoder(contentType: string | null): InstanceType<typeof TextDecoder> {
  try {
    return new TextDecoder(charsetOf(contentType));
  } catch {
    return UTF8;
  }
}

/** Decode bytes as text in the declared charset (UTF-8 by default); invalid sequences become U+FFFD. */
export function bytesToText(bytes: Buffer, contentType: string | null): string {
  return charsetDecoder(contentType).decode(bytes);
}

/** "+" and %XX escapes back to bytes. */
function unescapeFormBytes(part: Buffer): Buffer {
  const out = Buffer.alloc(part.length);
  let n = 0;
  for (let i = 0; i < part.length; i++) {
    const byte = part[i] ?? 0;
    const hex = part.toString('latin1', i + 1, i + 3);
    if (byte === 0x25 && /^[0-9a-f]{2}$/i.test(hex)) {
      out[n++] = parseInt(hex, 16);
      i += 2;
    } else out[n++] = byte === 0x2b ? 0x20 : byte;
  }
  return out.subarray(0, n);
}

/**
 * A form body's fields in its charset. URLSearchParams reads %XX as UTF-8, so other (ASCII-
 * compatible) charsets are split on the "&" and "=" bytes and each part decoded on its own.
 */
export function decodeForm(body: Buffer, decoder: InstanceType<typeof TextDecoder>): URLSearchParams {
  if (decoder.encoding === 'utf-8') return new URLSearchParams(decoder.decode(body));
  const form = new URLSearchParams();
  const text = (raw: string) => decoder.decode(unescapeFormBytes(Buffer.from(raw, 'latin1')));
  for (const pair of body.toString('latin1').split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    form.append(text(at < 0 ? pair : pair.slice(0, at)), at < 0 ? '' : text(pair.slice(at + 1)));
  }
  return form;
}

const MAX_JSON_UNESCAPE_BYTES = 1024 * 1024;

/** The JSON's string values as a user reads them (escapes undone), or '' when it does not parse. */
function jsonStringValues(text: string): string {
  const values: string[] = [];
  try {
    JSON.parse(text, (_key, value: unknown) => {
      if (typeof value === 'string') values.push(value);
      return value;
    });
  } catch {
    return '';
  }
  return values.join('\n');
}

/**
 * Text a person might search for in a body: decoded, and for forms the decoded field names and
 * values. With `maxChars`, the caller keeps only that many characters: a large non-form body is
 * then decoded only as far as they reach (4 bytes or more give a character in every charset), so
 * indexing a 25 MB body does not decode all of it (~100 ms of the receiver's loop).
 */
export function searchableText(
  headers: HeaderPair[],
  body: Buffer,
  contentType: string | null,
  maxChars = Number.POSITIVE_INFINITY,
): string {
  if (body.length === 0) return '';
  const decoded = decodeContentEncoding(headers, body);
  if (looksBinary(decoded.bytes)) return '';
  if ((contentType ?? '').toLowerCase().includes('application/x-www-form-urlencoded')) {
    const params = decodeForm(decoded.bytes, charsetDecoder(contentType));
    return [...params].map(([k, v]) => `${k} ${v}`).join('\n');
  }
  // Too large to be unescaped as JSON below, so only its first characters can matter.
  if (decoded.bytes.length > MAX_JSON_UNESCAPE_BYTES && decoded.bytes.length > maxChars * 4)
    return bytesToText(decoded.bytes.subarray(0, maxChars * 4), contentType);
  const text = bytesToText(decoded.bytes, contentType);
  // Escaped JSON (Meta writes "M\u00fcller") is also indexed as read, so "Müller" finds it.
  if (text.includes('\\') && decoded.bytes.length <= MAX_JSON_UNESCAPE_BYTES && /^\s*[[{]/.test(text)) {
    const values = jsonStringValues(text);
    if (values !== '') return `${text}\n${values}`;
  }
  return text;
}

/** NUL bytes in the first 8 KB are a reliable sign of binary content. */
export function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0);
}
