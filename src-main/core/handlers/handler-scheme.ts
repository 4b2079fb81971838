// What a generated handler needs to know about a signature, read from the provider's own
// verifier: the ParsedSignature it produces for this capture (algorithm, encoding, key decoding,
// signed-content template, header and its prefix or key=value list, timestamp and window). So
// every provider built from an HMAC scheme, hand-written or from providers/kit, is covered without
// a line of its own, and one whose scheme cannot be expressed gets a stated reason instead.
import type { DigestEncoding, HashAlgorithm, KeyDerivation, ParsedSignature } from '../signatures/types';

export type ContentPart =
  | { kind: 'literal'; text: string }
  | { kind: 'body' }
  | { kind: 'timestamp' }
  | { kind: 'id' }
  | { kind: 'header'; name: string };

/** Where the digests are in the signature header. */
export type SignatureLayout =
  /** Space-separated values, each `<prefix><digest>` (one usually; several while keys rotate). */
  | { kind: 'tokens'; prefix: string }
  /** A comma-separated `key=value` list: digests under `key`, maybe the timestamp under `timestampKey`. */
  | { kind: 'list'; key: string; timestampKey: string | null };

export type HandshakeKind =
  | 'meta-challenge'
  | 'slack-url-verification'
  | 'zoom-url-validation'
  | 'twitch-challenge'
  /** GET ?challenge=<value> answered 200 with exactly that value (Dropbox, Nylas). */
  | 'challenge-echo'
  | 'asana-hook-secret';

export interface HandlerScheme {
  provider: string;
  providerName: string;
  algorithm: HashAlgorithm;
  encoding: DigestEncoding;
  key: KeyDerivation;
  parts: ContentPart[];
  /** Lower-case header name. */
  signatureHeader: string;
  layout: SignatureLayout;
  timestamp: {
    /** Lower-case header name; null when it travels in the signature list. */
    header: string | null;
    unit: 's' | 'ms' | 'iso';
    maxAgeSeconds: number | null;
    maxAheadSeconds: number | null;
  } | null;
  /** Lower-case header holding `{id}`. */
  idHeader: string | null;
  /** Environment variable the handler reads the secret from, e.g. STRIPE_WEBHOOK_SECRET. */
  secretEnv: string;
  handshake: HandshakeKind | null;
}

/** Provider URL checks the generated handlers answer (the rest need nothing beyond verification). */
const handshakes: Record<string, HandshakeKind> = {
  meta: 'meta-challenge',
  slack: 'slack-url-verification',
  zoom: 'zoom-url-validation',
  twitch: 'twitch-challenge',
  dropbox: 'challenge-echo',
  nylas: 'challenge-echo',
  asana: 'asana-hook-secret',
};

export type SchemeResult = { ok: true; scheme: HandlerScheme } | { ok: false; reason: string };

function parseTemplate(template: string): ContentPart[] | string {
  const parts: ContentPart[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{([^{}]*)\}/g)) {
    if (m.index > last) parts.push({ kind: 'literal', text: template.slice(last, m.index) });
    const name = m[1] ?? '';
    if (name === 'body' || name === 'timestamp' || name === 'id') parts.push({ kind: name });
    else if (name.startsWith('header:')) parts.push({ kind: 'header', name: name.slice(7).toLowerCase() });
    else if (name === 'url')
      return 'it signs the URL the provider called, which a handler cannot know reliably behind proxies';
    else return `its signed content ("${template}") is not a plain template`;
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push({ kind: 'literal', text: template.slice(last) });
  return parts;
}

export function secretEnvName(provider: string): string {
  return `${provider.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_WEBHOOK_SECRET`;
}

/**
 * The scheme of one capture, from what the provider's reader returned for it (headers are the
 * capture's, used to find which header carries `{id}`).
 */
export function handlerSchemeOf(
  provider: { id: string; name: string },
  parsed: ParsedSignature,
  headers: readonly [string, string][],
): SchemeResult {
  const s = parsed.scheme;
  if (s.kind !== 'hmac')
    return {
      ok: false,
      reason: `${provider.name} signs with a public key (${s.kind}); generation covers HMAC schemes only.`,
    };
  if (parsed.contexts.length !== 1)
    return {
      ok: false,
      reason: `${provider.name} accepts several signing contexts (URL variants); not supported for generation.`,
    };
  if (parsed.extraCheck)
    return {
      ok: false,
      reason: `${provider.name} adds a check outside the HMAC; not supported for generation.`,
    };
  const parts = parseTemplate(s.template);
  if (typeof parts === 'string')
    return { ok: false, reason: `${provider.name}: ${parts}; not supported for generation.` };

  const ctx = parsed.contexts[0]!;
  const lower = (n: string) => n.toLowerCase();
  let idHeader: string | null = null;
  if (parts.some((p) => p.kind === 'id')) {
    idHeader = headers.find(([, v]) => v === ctx.id)?.[0]?.toLowerCase() ?? null;
    if (!idHeader)
      return { ok: false, reason: `${provider.name}: cannot tell which header carries the signed id.` };
  }

  // The prefix the digest is written with ("sha256=", "v1=", "v1,", "").
  const prefix = parsed.formatComputed('');
  const listSource = parsed.timestamp ? /^(\S+) (\w+)=$/.exec(parsed.timestamp.source) : null;
  let layout: HandlerScheme['layout'];
  if (listSource || (/^\w+=$/.test(prefix) && parsed.received.includes(','))) {
    layout = { kind: 'list', key: prefix.slice(0, -1), timestampKey: listSource?.[2] ?? null };
  } else {
    layout = { kind: 'tokens', prefix };
  }
  // Check the layout against the header as received: it must find the digest the reader found.
  const digest = parsed.entries.find((e) => e.supported)?.value ?? '';
  const found =
    layout.kind === 'list'
      ? parsed.received.split(',').some((p) => {
          const at = p.indexOf('=');
          return (
            p.slice(0, at).trim() === (layout as { key: string }).key && p.slice(at + 1).trim() === digest
          );
        })
      : parsed.received.split(' ').includes(prefix + digest);
  if (!found || !digest)
    return {
      ok: false,
      reason: `${provider.name}: the signature header's layout is not one generation knows.`,
    };

  let timestamp: HandlerScheme['timestamp'] = null;
  if (parsed.timestamp && parts.some((p) => p.kind === 'timestamp')) {
    const header = listSource ? null : lower(parsed.timestamp.source);
    if (header && !headers.some(([n]) => n.toLowerCase() === header))
      return {
        ok: false,
        reason: `${provider.name}: the timestamp is not in a header of its own; not supported for generation.`,
      };
    timestamp = {
      header,
      unit: parsed.timestamp.unit as 's' | 'ms' | 'iso',
      maxAgeSeconds: parsed.timestamp.maxAgeSeconds,
      maxAheadSeconds: parsed.timestamp.maxAheadSeconds,
    };
  } else if (parts.some((p) => p.kind === 'timestamp')) {
    return { ok: false, reason: `${provider.name}: the signed timestamp's source is unknown.` };
  }

  return {
    ok: true,
    scheme: {
      provider: provider.id,
      providerName: provider.name,
      algorithm: s.algorithm,
      encoding: s.encoding,
      key: s.keyDerivation,
      parts,
      signatureHeader: lower(parsed.header),
      layout,
      timestamp,
      idHeader,
      secretEnv: secretEnvName(provider.id),
      handshake: handshakes[provider.id] ?? null,
    },
  };
}
