// Small builders shared by the provider modules, so each provider file only states its facts.
import { compileTemplate } from './signed-content';
import type {
  DigestEncoding,
  EntryDraft,
  HashAlgorithm,
  HmacScheme,
  KeyDerivation,
  RequestView,
  SigningContext,
} from './types';

export function hmacScheme(
  algorithm: HashAlgorithm,
  encoding: DigestEncoding,
  template: string,
  keyDerivation: KeyDerivation = 'raw',
): HmacScheme {
  return { kind: 'hmac', algorithm, encoding, keyDerivation, template, content: compileTemplate(template) };
}

export function contextFor(view: RequestView, extra: Partial<SigningContext> = {}): SigningContext {
  return { timestamp: null, id: null, url: view.req.url, method: view.req.method.toUpperCase(), ...extra };
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
