// Body-side probes: bytes that changed between signing and capture (or between the sender and a
// pasted copy): trailing newline, line endings, BOM, charset mojibake, Content-Length, compression.
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import type { SignatureDiagnosis } from '@shared/signature-types';
import { bodyStartsWithJson } from '../provider-kit';
import type { Probe } from './context';

const LF = Buffer.from('\n');
const CRLF = Buffer.from('\r\n');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const MAX_INFLATED = 16 * 1024 * 1024;

export const trailingNewlineProbe: Probe = (ctx) => {
  const body = ctx.view.req.body;
  const variants: { body: Buffer; message: string }[] = [];
  if (body.subarray(-2).equals(CRLF)) {
    variants.push({
      body: body.subarray(0, -2),
      message: 'A trailing CRLF was added to the body after it was signed.',
    });
  }
  if (body.subarray(-1).equals(LF)) {
    variants.push({
      body: body.subarray(0, -1),
      message:
        'A trailing newline was added to the body after it was signed (e.g. `echo` without -n, or an editor).',
    });
  }
  const trimmed = Buffer.from(body.toString('latin1').replace(/[ \t\r\n]+$/, ''), 'latin1');
  // Every variant is a prefix or an extension of the body, so its length identifies it.
  if (!variants.some((v) => v.body.length === trimmed.length) && trimmed.length < body.length) {
    variants.push({
      body: trimmed,
      message: 'Trailing whitespace was added to the body after it was signed.',
    });
  }
  variants.push({
    body: Buffer.concat([body, LF]),
    message:
      'The sender signed the body with a trailing newline that is missing here (stripped in transit or when copied).',
  });
  variants.push({
    body: Buffer.concat([body, CRLF]),
    message: 'The sender signed the body with a trailing CRLF that is missing here.',
  });
  for (const v of variants) {
    if (ctx.reproduce({ body: v.body })) {
      return [
        {
          code: 'trailing-newline',
          message: v.message,
          fix: 'Hash the raw body bytes exactly as sent: no added or stripped final newline.',
          exact: true,
        },
      ];
    }
  }
  return [];
};

export const lineEndingsProbe: Probe = (ctx) => {
  const body = ctx.view.req.body;
  const text = body.toString('latin1');
  const out: SignatureDiagnosis[] = [];
  if (text.includes('\r\n')) {
    if (ctx.reproduce({ body: Buffer.from(text.replace(/\r\n/g, '\n'), 'latin1') })) {
      out.push({
        code: 'line-endings',
        message:
          'The sender signed LF line endings; the body here has CRLF (normalised in transit or when pasted).',
        fix: 'Keep the body bytes untouched: disable line-ending conversion in the proxy, editor or capture.',
        exact: true,
      });
    }
  } else if (text.includes('\n')) {
    if (ctx.reproduce({ body: Buffer.from(text.replace(/\n/g, '\r\n'), 'latin1') })) {
      out.push({
        code: 'line-endings',
        message:
          'The sender signed CRLF line endings; the body here has LF (normalised in transit or when pasted).',
        fix: 'Keep the body bytes untouched: disable line-ending conversion in the proxy, editor or capture.',
        exact: true,
      });
    }
  }
  return out;
};

export const bomProbe: Probe = (ctx) => {
  const body = ctx.view.req.body;
  const hasBom = body.subarray(0, 3).equals(BOM);
  const variant = hasBom ? body.subarray(3) : Buffer.concat([BOM, body]);
  if (!ctx.reproduce({ body: variant })) return [];
  return [
    {
      code: 'utf8-bom',
      message: hasBom
        ? 'A UTF-8 byte-order mark (EF BB BF) was added in front of the body after signing.'
        : 'The sender signed the body with a UTF-8 byte-order mark that is missing here.',
      fix: 'Read the body as raw bytes; do not let a text decoder add or strip the BOM.',
      exact: true,
    },
  ];
};

// Windows-1252 characters in 0x80–0x9F, for undoing "UTF-8 read as cp1252" mojibake (â€™ etc.).
const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** Undo one round of "UTF-8 bytes decoded as latin-1/cp1252 then re-encoded as UTF-8". */
export function repairMojibake(text: string): Buffer | null {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code <= 0xff) bytes.push(code);
    else if (CP1252[ch] !== undefined) bytes.push(CP1252[ch]);
    else return null;
  }
  return Buffer.from(bytes);
}

export const charsetProbe: Probe = (ctx) => {
  const body = ctx.view.req.body;
  if (body.length > 4 * 1024 * 1024) return [];
  const text = body.toString('utf8');
  const out: SignatureDiagnosis[] = [];
  if (/Ã[\u0080-\u00bf]|â€|Â[\u0080-\u00bf]/.test(text)) {
    const repaired = repairMojibake(text);
    if (repaired && ctx.reproduce({ body: repaired })) {
      out.push({
        code: 'charset-mangled',
        message:
          'The body was decoded with the wrong charset (UTF-8 read as latin-1/cp1252) and re-encoded: "Ã©"-style mojibake. The repaired bytes match.',
        fix: 'Hash the raw bytes; never decode the body to text before verifying.',
        exact: true,
      });
    }
  }
  // The reverse: non-UTF-8 (latin-1) bytes here whose UTF-8 re-encoding matches.
  if (out.length === 0 && text.includes('\ufffd')) {
    const asUtf8 = Buffer.from(body.toString('latin1'), 'utf8');
    if (ctx.reproduce({ body: asUtf8 })) {
      out.push({
        code: 'charset-mangled',
        message: 'The body here is Latin-1 (not UTF-8), but the sender signed its UTF-8 form.',
        fix: 'Keep the body as the UTF-8 bytes the sender sent; do not transcode it.',
        exact: true,
      });
    }
  }
  return out;
};

function declaredLength(ctx: Parameters<Probe>[0]): number | null {
  const declared = ctx.view.headers.get('content-length');
  if (declared === null || !/^\d+$/.test(declared.trim())) return null;
  return Number(declared.trim());
}

/**
 * Where a JSON document that ends early stops: inside a string, or with brackets still open. Null
 * when the body is not JSON, is a complete document, or is broken in the middle (a closer that
 * does not match is corruption, not a cut).
 */
export function jsonCutOff(body: Buffer): { openBrackets: number; inString: boolean } | null {
  if (!bodyStartsWithJson(body)) return null;
  const open: number[] = [];
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) open.push(c);
    else if (c === 0x7d || c === 0x5d) {
      if (open.pop() !== (c === 0x7d ? 0x7b : 0x5b)) return null;
      if (open.length === 0) return null;
    }
  }
  return inString || open.length > 0 ? { openBrackets: open.length, inString } : null;
}

/** A body shorter than the sender sent: no variant of what is left can reproduce the signature. */
export const bodyTruncatedProbe: Probe = (ctx) => {
  const actual = ctx.view.req.body.length;
  const declared = declaredLength(ctx);
  const fix =
    'Find what cut the body short (a proxy or framework body-size limit, a client or tunnel that hung up, a copy that lost its end) and verify the complete body.';
  if (declared !== null && declared > actual) {
    return [
      {
        code: 'body-truncated',
        message: `The body is truncated: Content-Length says ${declared} bytes but only ${actual} arrived (${declared - actual} missing). The sender signed the whole body.`,
        fix,
        exact: false,
      },
    ];
  }
  const cut = jsonCutOff(ctx.view.req.body);
  if (!cut) return [];
  const where = cut.inString
    ? 'in the middle of a string'
    : `with ${cut.openBrackets} bracket${cut.openBrackets === 1 ? '' : 's'} still open`;
  return [
    {
      code: 'body-truncated',
      message: `The JSON body is truncated: it ends ${where} after ${actual} bytes. The sender signed the whole document.`,
      fix,
      exact: false,
    },
  ];
};

/** A body longer than declared (a shorter body is `bodyTruncatedProbe`'s). */
export const contentLengthProbe: Probe = (ctx) => {
  const n = declaredLength(ctx);
  const actual = ctx.view.req.body.length;
  if (n === null || n >= actual) return [];
  return [
    {
      code: 'content-length-mismatch',
      message: `Content-Length says ${n} bytes but ${actual} bytes were captured: a proxy or the capture changed the body.`,
      fix: 'Capture the body before any middleware rewrites it, and check proxies between the sender and the receiver.',
      exact: false,
    },
  ];
};

function inflate(encoding: string, body: Buffer): Buffer | null {
  try {
    const opts = { maxOutputLength: MAX_INFLATED };
    if (encoding === 'gzip' || encoding === 'x-gzip') return gunzipSync(body, opts);
    if (encoding === 'br') return brotliDecompressSync(body, opts);
    if (encoding === 'deflate') {
      try {
        return inflateSync(body, opts);
      } catch {
        return inflateRawSync(body, opts);
      }
    }
  } catch {
    return null;
  }
  return null;
}

export const compressionProbe: Probe = (ctx) => {
  const encoding = (ctx.view.headers.get('content-encoding') ?? '').trim().toLowerCase();
  if (!encoding || encoding === 'identity') return [];
  const body = ctx.view.req.body;
  const inflated = inflate(encoding, body);
  if (inflated) {
    // Still compressed: maybe the sender signed the uncompressed payload.
    if (ctx.reproduce({ body: inflated })) {
      return [
        {
          code: 'signed-decompressed-body',
          message: `The body arrived ${encoding}-compressed, but the sender signed the decompressed bytes.`,
          fix: `Verify over the body after removing the ${encoding} encoding (and only that).`,
          exact: true,
        },
      ];
    }
    return [];
  }
  const looksGzip = body[0] === 0x1f && body[1] === 0x8b;
  if ((encoding === 'gzip' || encoding === 'x-gzip') && !looksGzip) {
    return [
      {
        code: 'body-decompressed',
        message: `Content-Encoding says ${encoding} but the body is not compressed: a proxy decompressed it, and the signature covers the compressed bytes (recompression is not byte-exact, so this cannot be undone).`,
        fix: 'Capture the body before any decompression (disable it in the proxy or framework, e.g. express.raw({ inflate: false })).',
        exact: false,
      },
    ];
  }
  return [];
};
