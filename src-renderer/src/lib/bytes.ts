// Byte helpers for bodies that arrive as base64. Kept off any hot render path: callers memoise.

/** Decodes base64 to bytes without building an intermediate array of numbers. */
export function base64ToBytes(base64: string): Uint8Array {
  if (base64.length === 0) return new Uint8Array(0);
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Reads the charset parameter of a Content-Type, defaulting to UTF-8. */
export function charsetOf(contentType: string | null): string {
  const match = contentType ? /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType) : null;
  return match?.[1]?.toLowerCase() ?? 'utf-8';
}

/** Decodes text leniently (bad sequences become U+FFFD) with a fallback when the label is unknown. */
export function decodeText(bytes: Uint8Array, charset = 'utf-8'): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: false });
  } catch {
    decoder = new TextDecoder('utf-8', { fatal: false });
  }
  return decoder.decode(bytes);
}

/**
 * Heuristic: a body is "binary" when a sample holds NUL bytes or many control characters.
 * Used only to pick the default view; every view stays one click away.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.length === 0) return false;
  let suspicious = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32) || b === 127) suspicious++;
  }
  return suspicious / sample.length > 0.05;
}

/** Case-insensitive lookup of the first header with this name (headers keep their received case). */
export function headerValue(headers: ReadonlyArray<readonly [string, string]>, name: string): string | null {
  const lower = name.toLowerCase();
  for (const [k, v] of headers) if (k.toLowerCase() === lower) return v;
  return null;
}
