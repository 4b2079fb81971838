// Re-serialisation probes: the body was parsed and written back (framework JSON parsing, a log viewer,
// a pasted copy). Re-write it the ways senders write JSON and see which one the sender signed.
// Meaningful for pasted/replayed bodies; the receiver's own capture is raw.
import { isUtf8 } from 'node:buffer';
import type { SignatureDiagnosis } from '@shared/signature-types';
import { bodyStartsWithJson } from '../provider-kit';
import type { Probe } from './context';

const MAX_JSON_BYTES = 2 * 1024 * 1024;

// Rewrites work on JSON.stringify output (native, fast). Non-ASCII characters, "/", "<", ">" and "&"
// can only occur inside strings in JSON text, so replacing them globally is safe; separators and
// \u escapes need a scanner that knows whether it is inside a string.

function escapeNonAscii(json: string, upper: boolean): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x7f) return c; // DEL is ASCII: JSON encoders leave it alone
    const hex = code.toString(16).padStart(4, '0');
    return `\\u${upper ? hex.toUpperCase() : hex}`;
  });
}

/** Uppercase the hex of \uXXXX escapes (JSON.stringify writes control characters in lowercase). */
function uppercaseEscapes(json: string): string {
  // Consume "\\" pairs first so an escaped backslash followed by "u" is never mistaken for an escape.
  return json.replace(/\\\\|\\u[0-9a-f]{4}/g, (m) => (m.length === 2 ? m : `\\u${m.slice(2).toUpperCase()}`));
}

/** Python's json.dumps separators: ", " and ": " outside strings. */
function pythonSeparators(json: string): string {
  let out = '';
  let inString = false;
  let from = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x2c || c === 0x3a) {
      out += json.slice(from, i + 1) + ' ';
      from = i + 1;
    }
  }
  return out + json.slice(from);
}

function sortKeysReplacer(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) sorted[k] = (value as Record<string, unknown>)[k];
  return sorted;
}

function variantsOf(value: unknown): { name: string; text: () => string }[] {
  let compactCache: string | null = null;
  const compact = () => (compactCache ??= JSON.stringify(value));
  return [
    { name: 'compact JSON', text: compact },
    { name: '2-space pretty-printed JSON', text: () => JSON.stringify(value, null, 2) },
    {
      name: '2-space pretty-printed JSON with a final newline',
      text: () => `${JSON.stringify(value, null, 2)}\n`,
    },
    { name: '4-space pretty-printed JSON', text: () => JSON.stringify(value, null, 4) },
    {
      name: 'Python json.dumps output (", " and ": " separators, \\uXXXX escapes)',
      text: () => pythonSeparators(escapeNonAscii(compact(), false)),
    },
    { name: 'compact JSON with sorted keys', text: () => JSON.stringify(value, sortKeysReplacer) },
    {
      name: 'Meta-style JSON (non-ASCII as lowercase \\uXXXX, "/" as "\\/")',
      text: () => escapeNonAscii(compact(), false).replace(/\//g, '\\/'),
    },
    {
      name: 'compact JSON with non-ASCII escaped as lowercase \\uXXXX',
      text: () => escapeNonAscii(compact(), false),
    },
    {
      name: 'JSON with uppercase \\uXXXX escapes (GitHub style)',
      text: () => uppercaseEscapes(escapeNonAscii(compact(), true)),
    },
    { name: 'HTML-safe JSON (& < > as \\u0026 \\u003c \\u003e, Go style)', text: () => htmlSafe(compact()) },
    {
      name: 'Shopify-style JSON (& < > escaped and "/" as "\\/")',
      text: () => htmlSafe(compact()).replace(/\//g, '\\/'),
    },
  ];
}

function htmlSafe(json: string): string {
  return json.replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

// Both JSON probes look at the same body: parse it once per body.
const parsedBodies = new WeakMap<Buffer, { ok: true; value: unknown } | { ok: false }>();

function parseJson(body: Buffer): { ok: true; value: unknown } | { ok: false } {
  const cached = parsedBodies.get(body);
  if (cached) return cached;
  let result: { ok: true; value: unknown } | { ok: false } = { ok: false };
  if (body.length <= MAX_JSON_BYTES && bodyStartsWithJson(body)) {
    try {
      result = { ok: true, value: JSON.parse(body.toString('utf8')) as unknown };
    } catch {
      result = { ok: false };
    }
  }
  parsedBodies.set(body, result);
  return result;
}

export const jsonReserializationProbe: Probe = (ctx) => {
  const body = ctx.view.req.body;
  const parsed = parseJson(body);
  if (!parsed.ok) return [];
  const tried: Buffer[] = [];
  const candidates: { name: string; bytes: () => Buffer }[] = variantsOf(parsed.value).map((v) => ({
    name: v.name,
    bytes: () => Buffer.from(v.text(), 'utf8'),
  }));
  const value = parsed.value;
  if (Array.isArray(value)) {
    // SendGrid posts event arrays with CRLF between events.
    const items = () => value.map((x) => JSON.stringify(x)).join(',\r\n');
    candidates.push({
      name: 'an event array with CRLF between items (SendGrid)',
      bytes: () => Buffer.from(`[${items()}]\r\n`),
    });
    candidates.push({
      name: 'an event array with CRLF between items (SendGrid)',
      bytes: () => Buffer.from(`[${items()}]`),
    });
  }
  for (const c of candidates) {
    if (!ctx.budgetLeft()) break;
    const bytes = c.bytes();
    // Many styles coincide on simple bodies (no non-ASCII, no "/"): hash each distinct form once.
    if (bytes.equals(body) || tried.some((t) => t.equals(bytes))) continue;
    tried.push(bytes);
    if (ctx.reproduce({ body: bytes })) {
      return [
        {
          code: 'json-reserialized',
          message: `The sender signed ${c.name}; the body here was re-serialised (parsed and written back, or copied from a viewer).`,
          fix: 'Verify the raw request bytes, before any JSON parsing (e.g. express.raw()), never JSON.stringify(req.body).',
          exact: true,
        },
      ];
    }
  }
  return [];
};

/** No exact match, but the body does not look like what this sender emits. */
export const looksReserializedProbe: Probe = (ctx) => {
  const body = ctx.view.req.body;
  const parsed = parseJson(body);
  if (!parsed.ok) return [];
  const id = ctx.spec.id;
  const out: SignatureDiagnosis[] = [];
  const hasRawNonAscii = body.some((b) => b >= 0x80);
  const text = body.toString('utf8', 0, Math.min(body.length, 64 * 1024));
  const pretty = /\n\s+"/.test(text);
  if ((id === 'meta' || id === 'shopify') && hasRawNonAscii) {
    out.push({
      code: 'body-looks-reserialized',
      message: `${ctx.providerName} escapes non-ASCII characters as \\uXXXX, but this body carries raw ${isUtf8(body) ? 'UTF-8' : 'non-ASCII bytes that are not UTF-8 (Latin-1 or another 8-bit charset)'}: it looks re-serialised.`,
      fix: 'Verify the raw request bytes as delivered, not a parsed-and-rewritten copy.',
      exact: false,
    });
  } else if (id === 'meta' && pretty) {
    out.push({
      code: 'body-looks-reserialized',
      message:
        'Meta delivers compact JSON, but this body is pretty-printed: it was copied from a viewer or re-serialised.',
      fix: 'Use the raw request bytes (or the exact bytes from the capture), not a formatted copy.',
      exact: false,
    });
  } else if (id === 'stripe' && !text.includes('\n') && body.length > 2) {
    out.push({
      code: 'body-looks-reserialized',
      message:
        'Stripe delivers pretty-printed JSON, but this body is compact: it looks like JSON.stringify(req.body).',
      fix: 'Verify the raw request bytes (express.raw()), before any JSON parsing.',
      exact: false,
    });
  }
  return out;
};
