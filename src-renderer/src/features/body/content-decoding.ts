// Decodes Content-Encoding (gzip, deflate, br) with the browser's DecompressionStream — no library,
// nothing to allow in the CSP. Bounded: a decompression bomb stops at the size cap instead of
// eating the renderer's memory. The wire bytes are never replaced, only shown alongside.

/** Decoded output cap. Generous for webhooks, small enough to keep the window responsive. */
export const maxDecodedBytes = 64 * 1024 * 1024;

export type DecodeResult =
  { ok: true; bytes: Uint8Array; steps: string[] } | { ok: false; reason: string; partial?: Uint8Array };

/** `Content-Encoding: gzip, br` lists codings in the order they were applied. */
export function parseContentEncoding(header: string | null): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '' && s !== 'identity');
}

function formatFor(coding: string): CompressionFormat[] | null {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return ['gzip'];
    case 'deflate':
      // RFC 9110 says zlib-wrapped, but some senders use raw deflate: try both.
      return ['deflate', 'deflate-raw'];
    case 'br':
      return ['brotli' as CompressionFormat];
    default:
      return null;
  }
}

function supports(format: CompressionFormat): boolean {
  try {
    new DecompressionStream(format);
    return true;
  } catch {
    return false;
  }
}

async function inflate(input: Uint8Array, format: CompressionFormat, limit: number): Promise<DecodeResult> {
  const stream = new Blob([input as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream(format));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel();
        return {
          ok: false,
          reason: `decoded body is larger than ${Math.round(limit / 1024 / 1024)} MB — stopped (possible decompression bomb)`,
          partial: concat(chunks, total - value.byteLength),
        };
      }
      chunks.push(value);
    }
  } catch (error) {
    return {
      ok: false,
      reason: `not valid ${format} data (${(error as Error).message || 'corrupt stream'})`,
    };
  }
  return { ok: true, bytes: concat(chunks, total), steps: [format] };
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/** Undoes the codings in reverse order of application. */
export async function decodeContentEncoding(
  wire: Uint8Array,
  codings: string[],
  limit: number = maxDecodedBytes,
): Promise<DecodeResult> {
  let bytes = wire;
  const steps: string[] = [];
  for (const coding of [...codings].reverse()) {
    const formats = formatFor(coding);
    if (!formats) return { ok: false, reason: `unsupported Content-Encoding "${coding}"` };
    const available = formats.filter(supports);
    if (available.length === 0) return { ok: false, reason: `this runtime cannot decode "${coding}"` };
    let last: DecodeResult | null = null;
    for (const format of available) {
      last = await inflate(bytes, format, limit);
      if (last.ok || last.partial) break;
    }
    if (!last || !last.ok) return last ?? { ok: false, reason: 'decode failed' };
    bytes = last.bytes;
    steps.push(coding);
  }
  return { ok: true, bytes, steps };
}
