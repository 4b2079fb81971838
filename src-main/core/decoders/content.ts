// Bounded content decoding: gzip/deflate/br and charsets turned into text for search and display.
// The wire bytes are never replaced; this only derives views. Decompression is capped both in
// absolute size and in expansion ratio so a zip bomb costs nothing.
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import type { HeaderPair } from '../../shared/types';

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

/** Decode bytes as text in the declared charset (UTF-8 by default); invalid sequences become U+FFFD. */
export function bytesToText(bytes: Buffer, contentType: string | null): string {
  try {
    return new TextDecoder(charsetOf(contentType)).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Text a person might search for in a body: decoded, and for forms the decoded field names and values. */
export function searchableText(headers: HeaderPair[], body: Buffer, contentType: string | null): string {
  if (body.length === 0) return '';
  const decoded = decodeContentEncoding(headers, body);
  if (looksBinary(decoded.bytes)) return '';
  const text = bytesToText(decoded.bytes, contentType);
  if ((contentType ?? '').toLowerCase().includes('application/x-www-form-urlencoded')) {
    const params = new URLSearchParams(text);
    return [...params].map(([k, v]) => `${k} ${v}`).join('\n');
  }
  return text;
}

/** NUL bytes in the first 8 KB are a reliable sign of binary content. */
export function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0);
}
