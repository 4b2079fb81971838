// Small builders shared by the provider modules, so each provider file only states its facts.
import { compileTemplate } from './signed-content';
import { timestampRule, type WindowSpec } from './timestamp';
import type {
  DigestEncoding,
  EntryDraft,
  HashAlgorithm,
  HmacScheme,
  KeyDerivation,
  ParsedSignature,
  PublicKeyScheme,
  ReadResult,
  RequestView,
  SigningContext,
  TimestampRule,
} from './types';

export function hmacScheme(
  algorithm: HashAlgorithm,
  encoding: DigestEncoding,
  template: string,
  keyDerivation: KeyDerivation = 'raw',
): HmacScheme {
  return { kind: 'hmac', algorithm, encoding, keyDerivation, template, content: compileTemplate(template) };
}

export function publicKeyScheme(
  kind: PublicKeyScheme['kind'],
  encoding: DigestEncoding,
  template: string,
  parseKey: PublicKeyScheme['parseKey'],
): PublicKeyScheme {
  return { kind, encoding, template, content: compileTemplate(template), parseKey };
}

export function contextFor(view: RequestView, extra: Partial<SigningContext> = {}): SigningContext {
  return {
    timestamp: null,
    id: null,
    url: view.req.url,
    method: view.req.method.toUpperCase(),
    header: view.headers.get,
    ...extra,
  };
}

/** "t=1,v1=abc,v1=def" → [['t','1'],['v1','abc'],['v1','def']] (order and duplicates kept). */
export function parseKeyValueList(value: string, pairSep: string, kvSep = '='): [string, string][] {
  const out: [string, string][] = [];
  for (const part of value.split(pairSep)) {
    const item = part.trim();
    if (!item) continue;
    const at = item.indexOf(kvSep);
    if (at <= 0) out.push([item, '']);
    else out.push([item.slice(0, at).trim(), item.slice(at + 1).trim()]);
  }
  return out;
}

/** Parse "sha256=<digest>" style values. Returns null when there is no label. */
export function splitLabel(value: string): { label: string; digest: string } | null {
  const m = /^\s*([A-Za-z0-9]+)=(.*)$/.exec(value);
  return m ? { label: (m[1] ?? '').toLowerCase(), digest: (m[2] ?? '').trim() } : null;
}

export function bareEntry(value: string): EntryDraft[] {
  return [{ version: '', value: value.trim(), supported: true }];
}

/** Remove every leading version / algorithm label ("v1,", "sha256=", "t=…,") to expose the digest. */
export function stripKnownLabels(value: string): string {
  let v = value.trim();
  for (let i = 0; i < 6; i++) {
    const next = v.replace(
      /^(?:(?:t|ts)=\d+[,;]\s*|(?:v\d+a?|h\d|sha\d+|hmac-sha\d+|sha-\d+)\s*[=,:]\s*)/i,
      '',
    );
    if (next === v) break;
    v = next;
  }
  return v;
}

/** The query string of the request path as [name, value] pairs. */
export function queryOf(view: RequestView): URLSearchParams {
  const q = view.req.path.indexOf('?');
  return new URLSearchParams(q >= 0 ? view.req.path.slice(q + 1) : '');
}

export function bodyStartsWithJson(body: Buffer): boolean {
  for (const b of body.subarray(0, 64)) {
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) continue;
    return b === 0x7b || b === 0x5b;
  }
  return false;
}

/** JSON.parse for small bodies only: handshake and timestamp lookups must stay cheap. */
export function smallJson(body: Buffer, maxBytes = 256 * 1024): unknown {
  if (body.length > maxBytes || !bodyStartsWithJson(body)) return undefined;
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

interface SignatureHeaders {
  /** As the provider documents it: shown when the request lacks it (lookups ignore case). */
  header: string;
  timestampHeader: string;
  format: ParsedSignature['format'];
}

const v0Scheme = hmacScheme('sha256', 'hex', 'v0:{timestamp}:{body}');

/**
 * Slack and Zoom sign alike: `v0=<hex>`, HMAC-SHA256 keyed with the secret as text over
 * `v0:<timestamp header>:<body>`. Only the header names and the replay window differ.
 */
export function readV0Signature(
  view: RequestView,
  spec: SignatureHeaders & { window: WindowSpec },
): ReadResult {
  const value = view.headers.get(spec.header);
  if (value === null) return { kind: 'missing', headersTried: [spec.header], warnings: [] };
  const header = view.headers.nameOf(spec.header) ?? spec.header;
  const ts = view.headers.get(spec.timestampHeader);
  const labelled = splitLabel(value);
  const parsed = (digest: string): ParsedSignature => ({
    kind: 'signature',
    header,
    received: value,
    entries: [{ version: 'v0', value: digest, supported: true }],
    scheme: v0Scheme,
    format: spec.format,
    contexts: [contextFor(view, { timestamp: ts })],
    timestamp: timestampRule(
      ts ?? '',
      view.headers.nameOf(spec.timestampHeader) ?? spec.timestampHeader,
      spec.window,
    ),
    formatComputed: (d) => `v0=${d}`,
    warnings: [],
  });
  if (!labelled || labelled.label !== 'v0') {
    return {
      kind: 'malformed',
      header,
      received: value,
      problem: 'expected "v0=<hex>"',
      fallback: parsed(stripKnownLabels(value)),
    };
  }
  return parsed(labelled.digest);
}

/**
 * Discord and SendGrid: the header holds nothing but the signature (made with the sender's private
 * key, checked with its public key) over `<timestamp header><body>`. They differ in the key type and
 * in what they say about the timestamp, so the caller states that part from the raw timestamp.
 */
export function readBareSignature(
  view: RequestView,
  spec: SignatureHeaders & {
    scheme: PublicKeyScheme;
    timestamp(raw: string | null, source: string): TimestampRule | null;
    warnings(raw: string | null): string[];
  },
): ReadResult {
  const value = view.headers.get(spec.header);
  if (value === null) return { kind: 'missing', headersTried: [spec.header], warnings: [] };
  const ts = view.headers.get(spec.timestampHeader);
  return {
    kind: 'signature',
    header: view.headers.nameOf(spec.header) ?? spec.header,
    received: value,
    entries: bareEntry(value),
    scheme: spec.scheme,
    format: spec.format,
    contexts: [contextFor(view, { timestamp: ts })],
    timestamp: spec.timestamp(ts, view.headers.nameOf(spec.timestampHeader) ?? spec.timestampHeader),
    formatComputed: (d) => d,
    warnings: spec.warnings(ts),
  };
}
