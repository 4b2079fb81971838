// The scheme finder: for a request from a sender Hookscope does not know and a secret the user
// holds, try the usual ways of signing — the digest's algorithm (from its length), encodings, key
// decodings and signed-content templates over the request's timestamp, id and URL — and propose
// the generic HMAC configuration that reproduces the received signature. Each HMAC is compared
// against every candidate digest at once, the likeliest templates go first, and a deadline bounds
// the search; the proposal is re-checked with the real verifier before it is offered.
import { createHmac } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { GenericHmacConfig, SchemeFinderResult } from '@shared/signature-types';
import { analyseSignature } from './analyse';
import { algorithmLabel } from './crypto-utils';
import type { HashAlgorithm } from './types';

export interface SchemeFinderRequest {
  method: string;
  /** The URL the sender called, when known. */
  url: string | null;
  path: string;
  headers: readonly [string, string][];
  body: Buffer;
  publicUrl?: string | null;
}

type Encoding = GenericHmacConfig['encoding'];
type KeyEncoding = NonNullable<GenericHmacConfig['keyEncoding']>;

interface DigestCandidate {
  header: string;
  prefix: string;
  encoding: Encoding;
}

interface Part {
  /** Placeholder text in the proposed template. */
  placeholder: string;
  value: string;
  /** Config fields the placeholder needs. */
  config: Partial<GenericHmacConfig>;
}

/** Default deadline, below the 200 ms the finder promises for a 64 KB body. */
export const FINDER_DEADLINE_MS = 150;

const ALGORITHM_BY_LENGTH: Record<number, HashAlgorithm> = { 20: 'sha1', 32: 'sha256', 64: 'sha512' };
const SKIP_HEADERS = new Set([
  'host',
  'content-type',
  'content-length',
  'user-agent',
  'accept',
  'accept-encoding',
  'connection',
  'date',
  'x-forwarded-for',
  'x-forwarded-proto',
  'x-forwarded-host',
]);
const LABEL = /^([A-Za-z][A-Za-z0-9_-]{0,19}[=:])\s*/;

/** Every way a header value could be "<prefix><digest>" whose re-encoding gives the same text. */
function digestCandidates(headers: readonly [string, string][]): Map<string, DigestCandidate[]> {
  const byDigest = new Map<string, DigestCandidate[]>();
  const add = (hex: string, c: DigestCandidate) => {
    const list = byDigest.get(hex);
    if (list) list.push(c);
    else byDigest.set(hex, [c]);
  };
  for (const [header, raw] of headers) {
    if (SKIP_HEADERS.has(header.toLowerCase())) continue;
    const value = raw.trim();
    const label = LABEL.exec(value);
    const splits: [string, string][] = [['', value]];
    if (label) splits.push([label[0], value.slice(label[0].length)]);
    for (const [prefix, digest] of splits) {
      for (const encoding of ['hex', 'base64', 'base64url'] as const) {
        const bytes = Buffer.from(digest, encoding);
        // Only an exact round trip counts, so the proposal compares as the generic verifier does.
        if (!ALGORITHM_BY_LENGTH[bytes.length] || bytes.toString(encoding) !== digest) continue;
        add(bytes.toString('hex'), { header, prefix, encoding });
      }
    }
  }
  return byDigest;
}

function keyCandidates(secret: string): { key: Buffer; encoding: KeyEncoding }[] {
  const out: { key: Buffer; encoding: KeyEncoding }[] = [
    { key: Buffer.from(secret, 'utf8'), encoding: 'raw' },
  ];
  if (/^(?:[0-9a-fA-F]{2})+$/.test(secret)) out.push({ key: Buffer.from(secret, 'hex'), encoding: 'hex' });
  if (secret.startsWith('whsec_') && /^[A-Za-z0-9+/]+={0,2}$/.test(secret.slice(6))) {
    out.push({ key: Buffer.from(secret.slice(6), 'base64'), encoding: 'whsec-base64' });
  } else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(secret) && secret.length % 4 === 0) {
    out.push({
      key: Buffer.from(secret.replace(/-/g, '+').replace(/_/g, '/'), 'base64'),
      encoding: 'base64',
    });
  }
  return out;
}

/** Headers that may hold the signed timestamp: unix seconds become {timestamp}, others {header:…}. */
function timestampParts(headers: readonly [string, string][]): Part[] {
  const out: Part[] = [];
  for (const [name, raw] of headers) {
    const value = raw.trim();
    if (/^\d{10}$/.test(value)) {
      out.push({ placeholder: '{timestamp}', value, config: { timestampHeader: name } });
    } else if (/^\d{13}$/.test(value) || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(value)) {
      out.push({ placeholder: `{header:${name}}`, value, config: {} });
    }
    if (out.length >= 3) break;
  }
  return out;
}

const ID_NAME = /(?:^|-)(?:id|uuid|delivery|nonce|event-id|message-id|request-id|webhook-id)$/i;

function idParts(headers: readonly [string, string][], used: Set<string>): Part[] {
  const out: Part[] = [];
  for (const [name, raw] of headers) {
    if (!ID_NAME.test(name) || used.has(name.toLowerCase()) || !raw.trim() || raw.length > 200) continue;
    out.push({ placeholder: '{id}', value: raw.trim(), config: { idHeader: name } });
    if (out.length >= 3) break;
  }
  return out;
}

interface Candidate {
  template: string;
  parts: (string | Buffer)[];
  config: Partial<GenericHmacConfig>;
}

function* templates(req: SchemeFinderRequest, signatureHeaders: Set<string>): Generator<Candidate> {
  const body = req.body;
  const usable = req.headers.filter(([n]) => !signatureHeaders.has(n.toLowerCase()));
  const stamps = timestampParts(usable);
  const ids = idParts(usable, new Set(stamps.map((s) => s.config.timestampHeader?.toLowerCase() ?? '')));
  const urls = [
    ...new Set([req.url, req.publicUrl ? req.publicUrl.replace(/\/+$/, '') + req.path : null]),
  ].filter((u): u is string => !!u);
  const method = req.method.toUpperCase();

  yield { template: '{body}', parts: [body], config: {} };
  for (const t of stamps) {
    for (const [before, between, after] of [
      ['', '.', ''],
      ['', '', ''],
      ['', ':', ''],
      ['v0:', ':', ''],
      ['', '\n', ''],
    ] as const) {
      yield {
        template: `${before}${t.placeholder}${between}{body}${after}`,
        parts: [before + t.value + between, body],
        config: t.config,
      };
    }
    yield { template: `{body}${t.placeholder}`, parts: [body, t.value], config: t.config };
    yield { template: `{body}.${t.placeholder}`, parts: [body, `.${t.value}`], config: t.config };
    for (const i of ids) {
      const config = { ...t.config, ...i.config };
      yield { template: `{id}.${t.placeholder}.{body}`, parts: [`${i.value}.${t.value}.`, body], config };
      yield { template: `{id}${t.placeholder}{body}`, parts: [i.value + t.value, body], config };
      yield { template: `${t.placeholder}.{id}.{body}`, parts: [`${t.value}.${i.value}.`, body], config };
    }
  }
  for (const i of ids) {
    yield { template: '{id}.{body}', parts: [`${i.value}.`, body], config: i.config };
    yield { template: '{id}{body}', parts: [i.value, body], config: i.config };
  }
  for (const url of urls) {
    yield { template: '{url}{body}', parts: [url, body], config: {} };
    yield { template: '{method}{url}{body}', parts: [method + url, body], config: {} };
    yield { template: '{url}', parts: [url], config: {} };
    for (const t of stamps) {
      yield {
        template: `{method}{url}{body}${t.placeholder}`,
        parts: [method + url, body, t.value],
        config: t.config,
      };
    }
  }
}

function describe(config: GenericHmacConfig): string {
  const key =
    config.keyEncoding === 'hex'
      ? ', key hex-decoded'
      : config.keyEncoding === 'base64'
        ? ', key base64-decoded'
        : config.keyEncoding === 'whsec-base64'
          ? ', key base64-decoded after whsec_'
          : '';
  return `${algorithmLabel(config.algorithm)}, ${config.encoding}, over ${config.template ?? '{body}'} in ${config.header}${config.prefix ? ` after "${config.prefix}"` : ''}${key}`;
}

export function findSignatureScheme(
  req: SchemeFinderRequest,
  secret: string,
  deadlineMs = FINDER_DEADLINE_MS,
): SchemeFinderResult {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  const digests = digestCandidates(req.headers);
  if (digests.size === 0) {
    return {
      found: false,
      tried: 0,
      elapsedMs: elapsed(),
      timedOut: false,
      message:
        'No header holds a bare digest (hex, base64 or base64url of 20, 32 or 64 bytes, optionally after a label such as "sha256="): the signature is elsewhere or in a list Hookscope would need a provider for.',
    };
  }
  const lengths = new Set([...digests.keys()].map((hex) => hex.length / 2));
  const algorithms = [...lengths].map((n) => ALGORITHM_BY_LENGTH[n]).filter((a): a is HashAlgorithm => !!a);
  const keys = keyCandidates(secret);
  const signatureHeaders = new Set([...digests.values()].flat().map((c) => c.header.toLowerCase()));
  let tried = 0;
  let timedOut = false;
  for (const candidate of templates(req, signatureHeaders)) {
    if (performance.now() - started > deadlineMs) {
      timedOut = true;
      break;
    }
    for (const algorithm of algorithms) {
      for (const { key, encoding: keyEncoding } of keys) {
        const mac = createHmac(algorithm, key);
        for (const p of candidate.parts) mac.update(p);
        tried++;
        for (const match of digests.get(mac.digest('hex')) ?? []) {
          const config: GenericHmacConfig = {
            header: match.header,
            algorithm,
            encoding: match.encoding,
            ...(match.prefix ? { prefix: match.prefix } : {}),
            template: candidate.template,
            ...candidate.config,
            ...(keyEncoding !== 'raw' ? { keyEncoding } : {}),
          };
          if (reproduces(req, secret, config)) {
            return {
              found: true,
              tried,
              elapsedMs: elapsed(),
              config,
              description: describe(config),
            };
          }
        }
      }
    }
  }
  return {
    found: false,
    tried,
    elapsedMs: elapsed(),
    timedOut,
    message: timedOut
      ? `Stopped after ${tried} attempts (time limit): no algorithm, encoding, key decoding or template tried so far reproduces the signature with this secret.`
      : `Nothing reproduces the signature with this secret (${tried} combinations of algorithm, key decoding and template): the secret is probably another one, or the sender signs something other than the body, timestamp, id and URL.`,
  };
}

/** The proposal must pass the real verifier, as the user's saved configuration would. */
function reproduces(req: SchemeFinderRequest, secret: string, config: GenericHmacConfig): boolean {
  const report = analyseSignature(
    {
      method: req.method,
      url: req.url,
      path: req.path,
      headers: [...req.headers],
      body: req.body,
      receivedAtUnix: 0,
      nowUnix: 0,
      publicUrl: req.publicUrl ?? null,
      provider: 'generic',
      generic: config,
    },
    (p) => (p === 'generic' ? [{ label: 'finder', value: secret }] : []),
  );
  return report.verdict === 'pass' || report.verdict === 'handshake';
}
