// Building signed content from a template, and showing it to people.
import type { SigningContext } from './types';

export function concatContent(...parts: (string | Buffer)[]): Buffer {
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
}

/** `{body}`, `{timestamp}`, `{id}`, `{url}`, `{method}` and `{header:Name}` (any request header). */
export const TEMPLATE_PLACEHOLDER = /\{(body|timestamp|id|url|method|header:[^{}]+)\}/g;

type TemplatePart =
  string | { key: 'body' | 'timestamp' | 'id' | 'url' | 'method' } | { key: 'header'; name: string };

/**
 * Compile a template such as "{timestamp}.{body}" into a content function. The body goes in as
 * bytes (never through a string) so non-UTF-8 payloads survive.
 */
export function compileTemplate(template: string): (body: Buffer, ctx: SigningContext) => Buffer {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of template.matchAll(TEMPLATE_PLACEHOLDER)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    const key = m[1] ?? '';
    parts.push(
      key.startsWith('header:') ? { key: 'header', name: key.slice(7).trim() } : { key: key as 'body' },
    );
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return (body, ctx) =>
    concatContent(
      ...parts.map((p) => {
        if (typeof p === 'string') return p;
        if (p.key === 'body') return body;
        if (p.key === 'header') return ctx.header?.(p.name) ?? '';
        return (p.key === 'method' ? ctx.method : ctx[p.key]) ?? '';
      }),
    );
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there does not start one. */
function utf8SequenceLength(bytes: Buffer, i: number): number {
  const b = bytes[i] ?? 0;
  const need =
    b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (need === 0 || i + need > bytes.length) return 0;
  for (let k = 1; k < need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  // Overlong 3-byte forms, UTF-16 surrogates and code points above U+10FFFF are not valid UTF-8.
  const b1 = bytes[i + 1] ?? 0;
  if (b === 0xe0 && b1 < 0xa0) return 0;
  if (b === 0xed && b1 >= 0xa0) return 0;
  if (b === 0xf0 && b1 < 0x90) return 0;
  if (b === 0xf4 && b1 >= 0x90) return 0;
  return need;
}

/**
 * Escaped, bounded preview of bytes: valid UTF-8 shows as text; control characters, a BOM and bytes
 * that are not UTF-8 are escaped (\n, \r, \t, \\, \xNN, \ufeff) so the user can see a stray \r or
 * a latin-1 byte. Cut at `maxChars` output characters.
 */
export function escapePreview(bytes: Buffer, maxChars = 8192): { preview: string; truncated: boolean } {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    if (out.length >= maxChars) return { preview: out, truncated: true };
    const b = bytes[i] ?? 0;
    const len = utf8SequenceLength(bytes, i);
    if (len === 0) {
      out += `\\x${b.toString(16).padStart(2, '0')}`;
      i += 1;
      continue;
    }
    if (len === 1) {
      if (b === 0x5c) out += '\\\\';
      else if (b === 0x0a) out += '\\n';
      else if (b === 0x0d) out += '\\r';
      else if (b === 0x09) out += '\\t';
      else if (b < 0x20 || b === 0x7f) out += `\\x${b.toString(16).padStart(2, '0')}`;
      else out += String.fromCharCode(b);
    } else {
      const ch = bytes.toString('utf8', i, i + len);
      out += ch === '\ufeff' ? '\\ufeff' : ch;
    }
    i += len;
  }
  return { preview: out, truncated: false };
}
