// Plaid: `Plaid-Verification` is a JWT signed with ES256 by a key Plaid publishes per `kid`
// (/webhook_verification_key/get). Its payload carries `iat` (reject after 5 minutes) and
// `request_body_sha256`, the hex SHA-256 of the body (plaid.com/docs › Webhook verification).
// Hookscope fetches nothing: the user pastes the JWK (or a PEM public key) from that endpoint.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { SignatureDiagnosis } from '@shared/signature-types';
import { sha256Hex } from '../../signatures/crypto-utils';
import { contextFor, isRecord } from '../../signatures/provider-kit';
import { timestampRule } from '../../signatures/timestamp';
import type {
  CheckScheme,
  LabelledSecret,
  ParsedSignature,
  ReadResult,
  RequestView,
  SignatureVerification,
} from '../../signatures/types';

const HEADER = 'plaid-verification';

function jsonSegment(segment: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as unknown;
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

/** A pasted JWK (the `key` object Plaid returns, or the whole response) or a PEM public key. */
export function parsePlaidKey(text: string): { key: KeyObject; kid: string | null } | { error: string } {
  const trimmed = text.trim();
  try {
    if (trimmed.startsWith('{')) {
      const parsed = JSON.parse(trimmed) as unknown;
      const jwk = isRecord(parsed) && isRecord(parsed.key) ? parsed.key : parsed;
      if (!isRecord(jwk) || jwk.kty !== 'EC' || jwk.crv !== 'P-256') return { error: 'not an EC P-256 JWK' };
      const { kty, crv, x, y } = jwk;
      return {
        key: createPublicKey({ key: { kty, crv, x, y } as never, format: 'jwk' }),
        kid: typeof jwk.kid === 'string' ? jwk.kid : null,
      };
    }
    return { key: createPublicKey(trimmed), kid: null };
  } catch {
    return { error: 'neither a JWK nor a PEM public key' };
  }
}

const scheme: CheckScheme = {
  kind: 'check',
  algorithm: 'JWT ES256 (ECDSA P-256)',
  encoding: 'base64url',
  template: '{JWT header}.{JWT payload} (payload carries the body SHA-256)',
  keyDerivation: 'public key (JWK from /webhook_verification_key/get)',
  asymmetric: true,
  content: (_body, ctx) => Buffer.from(ctx.id ?? '', 'utf8'),
  check: (secret, content, entry) => {
    const parsed = parsePlaidKey(secret);
    if ('error' in parsed) return parsed;
    try {
      const signature = Buffer.from(entry, 'base64url');
      return {
        matches: verify('sha256', content, { key: parsed.key, dsaEncoding: 'ieee-p1363' }, signature),
        computed: null,
      };
    } catch {
      return { matches: false, computed: null };
    }
  },
};

function bodyHashCheck(view: RequestView, claimed: unknown): () => SignatureDiagnosis | null {
  return () => {
    const actual = sha256Hex(view.req.body);
    if (typeof claimed === 'string' && claimed.toLowerCase() === actual) return null;
    return {
      code: 'body-hash-mismatch',
      message: `The JWT's request_body_sha256 (${String(claimed)}) is not the SHA-256 of the received body (${actual}): the body changed after signing.`,
      fix: 'Hash the raw body bytes exactly as received (Plaid formats its JSON with two-space indents).',
      exact: true,
    };
  };
}

function read(view: RequestView, stored: readonly LabelledSecret[] = []): ReadResult {
  const value = view.headers.get(HEADER);
  if (value === null) return { kind: 'missing', headersTried: ['Plaid-Verification'], warnings: [] };
  const header = view.headers.nameOf(HEADER) ?? 'Plaid-Verification';
  const [h = '', p = '', s = ''] = value.trim().split('.');
  const jwtHeader = jsonSegment(h);
  const payload = jsonSegment(p);
  const kid = typeof jwtHeader?.kid === 'string' ? jwtHeader.kid : null;
  const warnings: string[] = [];
  for (const secret of stored) {
    const key = parsePlaidKey(secret.value);
    if ('kid' in key && key.kid !== null && kid !== null && key.kid !== kid) {
      warnings.push(
        `The stored key "${secret.label}" has kid ${key.kid}, but this JWT names kid ${kid}: fetch that key.`,
      );
    }
  }
  const parsed: ParsedSignature = {
    kind: 'signature',
    header,
    received: value,
    entries: [{ version: 'ES256', value: s, supported: jwtHeader?.alg === 'ES256' }],
    scheme,
    format: { id: 'plaid', label: 'Plaid: JWT (ES256) with the body SHA-256 in its payload' },
    contexts: [contextFor(view, { id: `${h}.${p}` })],
    timestamp: timestampRule(String(payload?.iat ?? ''), `${header} iat`, {
      maxAgeSeconds: 300,
      maxAheadSeconds: null,
    }),
    formatComputed: (d) => d,
    warnings,
    extraCheck: bodyHashCheck(view, payload?.request_body_sha256),
  };
  if (!jwtHeader || !payload || !s) {
    return {
      kind: 'malformed',
      header,
      received: value,
      problem: 'expected a JWT (header.payload.signature)',
      fallback: null,
    };
  }
  return parsed;
}

export const detectPlaid = (view: RequestView): number => (view.headers.has(HEADER) ? 95 : 0);

export const plaidVerification: SignatureVerification = { read };
