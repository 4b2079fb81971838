// Reading what users paste (from logs, curl -v, devtools): header lines, a body as text or base64,
// the moment to judge timestamps at. Pure.

export interface ParsedHeaders {
  headers: [string, string][];
  /** From a leading request line such as "POST /hook HTTP/1.1". */
  method?: string;
  target?: string;
  errors: string[];
}

const requestLine = /^([A-Za-z]+)\s+(\S+)\s+HTTP\/\d(?:\.\d)?$/;

/**
 * One header per line, `Name: value`. Also accepts a leading request line, folded continuation
 * lines, HTTP/2 pseudo-headers (`:authority: …`), curl -v prefixes (`> `) and a JSON object.
 */
export function parseHeaderText(text: string): ParsedHeaders {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const obj = JSON.parse(trimmed) as unknown;
      if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
        const headers: [string, string][] = [];
        for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
          if (Array.isArray(v)) for (const item of v) headers.push([k, String(item)]);
          else if (v !== null && v !== undefined) headers.push([k, String(v)]);
        }
        return { headers, errors: [] };
      }
    } catch {
      // not JSON after all: fall through to the line format (and its errors)
    }
  }
  const result: ParsedHeaders = { headers: [], errors: [] };
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/^[<>]\s?/, '');
    if (line.trim() === '') return;
    if (result.headers.length === 0 && result.method === undefined) {
      const m = requestLine.exec(line.trim());
      if (m) {
        result.method = m[1]!.toUpperCase();
        result.target = m[2]!;
        return;
      }
    }
    if (/^[ \t]/.test(line) && result.headers.length > 0) {
      const last = result.headers[result.headers.length - 1]!;
      last[1] = `${last[1]} ${line.trim()}`;
      return;
    }
    const colon = line.indexOf(':', line.startsWith(':') ? 1 : 0);
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!name || /\s/.test(name)) {
      result.errors.push(`Line ${i + 1}: expected "Name: value".`);
      return;
    }
    result.headers.push([name, line.slice(colon + 1).trim()]);
  });
  return result;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export type BodyResult = { ok: true; base64: string; byteLength: number } | { ok: false; error: string };

export function bodyToBase64(text: string, mode: 'text' | 'base64'): BodyResult {
  if (mode === 'text') {
    const bytes = new TextEncoder().encode(text);
    return { ok: true, base64: bytesToBase64(bytes), byteLength: bytes.length };
  }
  const compact = text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return { ok: false, error: 'The body is not valid base64.' };
  const padded = compact.padEnd(compact.length + ((4 - (compact.length % 4)) % 4), '=');
  try {
    const binary = atob(padded);
    return { ok: true, base64: padded, byteLength: binary.length };
  } catch {
    return { ok: false, error: 'The body is not valid base64.' };
  }
}

export type NowResult = { ok: true; unix: number | undefined } | { ok: false; error: string };

/** Unix seconds (or milliseconds), or anything Date.parse understands; empty means "now". */
export function parseNow(text: string): NowResult {
  const t = text.trim();
  if (t === '') return { ok: true, unix: undefined };
  if (/^\d+(\.\d+)?$/.test(t)) {
    const n = Number(t);
    return { ok: true, unix: Math.floor(n > 1e11 ? n / 1000 : n) };
  }
  const ms = Date.parse(t);
  if (Number.isNaN(ms))
    return { ok: false, error: 'Use unix seconds or a date such as 2026-11-23T08:00:00Z.' };
  if (ms < 0) return { ok: false, error: 'The date is before 1970.' };
  return { ok: true, unix: Math.floor(ms / 1000) };
}
