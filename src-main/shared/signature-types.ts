// Signature verification as the UI and API see it: the verdict, the evidence behind it and the
// diagnosis when it fails. Filled in by src-main/core/signatures. Shared with the renderer, so this
// file imports only zod (no node:, no Buffer).
import { z } from 'zod';

/**
 * `stale`: the signature is valid but its timestamp was outside the provider's window when the
 * request arrived (a retry or a replay); the provider's SDK rejects it, yet the secret is right.
 */
export type SignatureVerdict =
  'pass' | 'fail' | 'stale' | 'handshake' | 'unverifiable' | 'no-secret' | 'unsigned';

export const signatureVerdicts = [
  'pass',
  'fail',
  'stale',
  'handshake',
  'unverifiable',
  'no-secret',
  'unsigned',
] as const satisfies readonly SignatureVerdict[];

/**
 * Verdicts the sender's own verifier would reject: a bad signature, and a valid one whose timestamp
 * is outside the window (`stale`). What "failures" means everywhere (list filter, threads).
 */
export const failingVerdicts = ['fail', 'stale'] as const satisfies readonly SignatureVerdict[];
export type FailingVerdict = (typeof failingVerdicts)[number];
export const isFailingVerdict = (verdict: string | null): verdict is FailingVerdict =>
  (failingVerdicts as readonly (string | null)[]).includes(verdict);

/** Why the verdict is what it is (a stable tag the UI can branch on). */
export type SignatureReason =
  | 'verified'
  | 'handshake'
  | 'needs-network'
  | 'no-secret'
  | 'no-provider'
  | 'missing-header'
  | 'malformed-header'
  | 'no-matching-version'
  | 'digest-mismatch'
  | 'timestamp-missing'
  | 'timestamp-outside-window'
  | 'handshake-refused'
  | 'body-hash-mismatch'
  /** One of several separately signed items in the body fails (an Adyen batch). */
  | 'item-signature-mismatch'
  | 'invalid-key'
  /** The provider never signs its webhooks (verdict `unsigned`); nothing is wrong with the request. */
  | 'provider-does-not-sign';

/** One finding of the mismatch diagnosis. Codes are stable; messages and fixes are for people. */
export type DiagnosisCode =
  | 'stale-timestamp'
  | 'future-timestamp'
  | 'timestamp-unit'
  | 'clock-skew'
  | 'missing-timestamp'
  | 'trailing-newline'
  | 'line-endings'
  | 'utf8-bom'
  | 'charset-mangled'
  | 'json-reserialized'
  | 'form-reencoded'
  | 'signed-decompressed-body'
  | 'uppercase-hex'
  | 'encoding-mismatch'
  | 'header-mangled'
  | 'compound-prefix'
  | 'algorithm-mismatch'
  | 'legacy-header'
  | 'url-mismatch'
  | 'other-template'
  | 'secret-whitespace'
  | 'secret-derivation'
  | 'other-stored-secret'
  | 'verify-token-as-secret'
  | 'public-key-invalid'
  | 'public-key-mismatch'
  | 'secret-looks-like-token'
  | 'no-matching-version'
  | 'verify-token-mismatch'
  | 'content-length-mismatch'
  | 'body-truncated'
  | 'body-decompressed'
  | 'body-looks-reserialized'
  | 'body-hash-mismatch'
  | 'item-signature-mismatch'
  | 'secret-likely';

export interface SignatureDiagnosis {
  code: DiagnosisCode;
  /** What was found, e.g. "A trailing newline was added after signing." */
  message: string;
  /** One-line fix. */
  fix: string;
  /**
   * True when a recomputation reproduced the received signature exactly (strong evidence). At most
   * one finding of a report is exact: the smallest change that reproduces it.
   */
  exact: boolean;
  /**
   * Other changes that reproduced the signature too, folded into the exact finding (compacting JSON
   * also strips a trailing newline; the trailing newline is the smaller change, so it is the cause).
   */
  alsoReproducedBy?: { code: DiagnosisCode; message: string }[];
}

export type HashAlgorithm = 'sha1' | 'sha256' | 'sha512';
export type DigestEncoding = 'hex' | 'base64' | 'base64url';

export interface SchemeInfo {
  /** e.g. "HMAC-SHA256", "Ed25519", "ECDSA P-256 SHA-256". */
  algorithm: string;
  encoding: DigestEncoding;
  /** Signed-content template, e.g. "{timestamp}.{body}", "v0:{timestamp}:{body}", "{url}{sorted form params}". */
  template: string;
  /** How the stored secret becomes key bytes: "raw text", "whsec_ base64-decoded", "public key". */
  keyDerivation: string;
}

export interface SignedContentInfo {
  /** The signed bytes as text, escaped (\n, \r, \t, \\, \xNN for bytes that are not UTF-8), possibly cut. */
  preview: string;
  previewTruncated: boolean;
  /** Byte length of the whole signed content (prefix + body + suffix). */
  byteLength: number;
  bodyByteLength: number;
  /** SHA-256 of the body bytes, lowercase hex. */
  bodySha256: string;
}

export interface TimestampInfo {
  /** As found, e.g. "1716200000" or "1716200000123". */
  raw: string;
  /** Where it came from: a header name or "body:webhookTimestamp". */
  source: string;
  /** Parsed value in unix seconds (null when unparseable). */
  unix: number | null;
  /** Capture time minus timestamp, seconds (negative = timestamp in the future). */
  ageAtCapture: number | null;
  /** Now minus timestamp, seconds. */
  ageNow: number | null;
  /** Oldest accepted age in seconds (null = no limit). */
  maxAgeSeconds: number | null;
  /** How far in the future it may be, seconds (null = no limit). */
  maxAheadSeconds: number | null;
  /** Judged at capture time: this is what the verdict uses. */
  rejectedAtCapture: boolean;
  /** "Would be rejected now": for replays and for users opening old captures. */
  rejectedNow: boolean;
  /** True when the scheme covers the timestamp with the signature (false for WaSphere's seed format). */
  signed: boolean;
}

export interface SignatureEntry {
  /** Position in the header (0-based). */
  index: number;
  /** Version tag as on the wire: "v1", "v0", "h1", "v1a", "sha256"… ("" when bare). */
  version: string;
  value: string;
  /** False for versions this verifier does not check (Stripe v0, Standard Webhooks v1a…). */
  supported: boolean;
  matched: boolean;
}

export interface HandshakeInfo {
  kind:
    | 'meta-subscribe'
    | 'slack-url-verification'
    | 'zoom-url-validation'
    | 'discord-ping'
    | 'discord-probe'
    | 'xero-intent-to-receive'
    | 'dropbox-challenge'
    | 'okta-verification'
    | 'twitch-verification'
    | 'asana-hook-secret'
    | 'notion-verification'
    | 'twitter-crc'
    | 'worldline-verification'
    | 'sns-subscription';
  note: string;
  /** What the endpoint must answer for the provider to accept it. */
  expectedResponse: { status: number; contentType: string | null; body: string } | null;
  /** Meta: does hub.verify_token equal the configured verify token (null when none configured). */
  verifyTokenMatches?: boolean | null;
  /**
   * The signature verdict of the handshake request itself (Slack, Zoom and Discord sign theirs):
   * 'unsigned' for Meta's GET, 'no-secret' until a secret is stored. Shown beside "handshake".
   */
  signatureVerdict?: 'pass' | 'fail' | 'stale' | 'no-secret' | 'unsigned';
}

/** Which rule named the provider (see core/providers/signer-of.ts). */
export type ProviderSource = 'override' | 'path' | 'detected' | 'payload';

export interface SignatureReport {
  verdict: SignatureVerdict;
  /** Provider id (see the `listProviders` operation), null when none detected. */
  provider: string | null;
  providerName: string | null;
  /** How the provider was chosen: by the user for this capture, by a path mapping, detected from the request, or from the payload family. */
  providerSource: ProviderSource | null;
  reason: SignatureReason;
  /** One line for the verdict banner. */
  summary: string;
  scheme: SchemeInfo | null;
  /** Which wire format matched, e.g. {id: 'wasphere-v1', label: 'WaSphere v1 (timestamp-bound)'}. */
  format: { id: string; label: string } | null;
  /** Header the signature was read from, as received. */
  header: string | null;
  received: string | null;
  /** What Hookscope computed, in the same encoding and label as `received` (e.g. "sha256=<hex>"). */
  computed: string | null;
  /** Label of the stored secret that verified (never the value). */
  matchedSecret: string | null;
  secretsTried: number;
  entries: SignatureEntry[];
  signedContent: SignedContentInfo | null;
  timestamp: TimestampInfo | null;
  handshake: HandshakeInfo | null;
  warnings: string[];
  /** On fail: findings, most specific first. Empty otherwise. */
  diagnosis: SignatureDiagnosis[];
}

// ----------------------------------------------------------------------------------------------
// Inputs (validated by every adapter).

const headerPair = z.tuple([z.string().max(1024), z.string().max(64 * 1024)]);

/** User-configured HMAC scheme for senders Hookscope does not know. */
export const genericHmacConfigSchema = z
  .object({
    header: z.string().min(1).max(200),
    algorithm: z.enum(['sha1', 'sha256', 'sha512']),
    encoding: z.enum(['hex', 'base64', 'base64url']),
    /** Stripped from the header value before comparing, e.g. "sha256=". */
    prefix: z.string().max(100).optional(),
    /** Placeholders: {body} {timestamp} {id} {url} {method} {header:Name}. Default "{body}". */
    template: z.string().max(500).optional(),
    timestampHeader: z.string().max(200).optional(),
    idHeader: z.string().max(200).optional(),
    /** Accepted age in seconds, both directions. No check when absent. */
    toleranceSeconds: z
      .number()
      .int()
      .min(0)
      .max(10 * 365 * 86400)
      .optional(),
    /** How the secret becomes key bytes. Default "raw". */
    keyEncoding: z.enum(['raw', 'base64', 'hex', 'whsec-base64']).optional(),
  })
  .strict();
export type GenericHmacConfig = z.infer<typeof genericHmacConfigSchema>;

export const verifyRequestInput = z
  .object({
    provider: z.string().min(1).max(64).optional(),
    method: z.string().min(1).max(20),
    /** Full URL as the provider called it (or just the path). */
    url: z.string().min(1).max(8192),
    headers: z.array(headerPair).max(500),
    bodyBase64: z.string().max(40 * 1024 * 1024),
    /** Secrets (or public keys) to try instead of the stored ones. */
    secrets: z.array(z.string().min(1).max(4096)).max(20).optional(),
    /** Unix seconds used to judge timestamps (defaults to now). */
    now: z.number().int().min(0).optional(),
    generic: genericHmacConfigSchema.optional(),
  })
  .strict();
export type VerifyRequestInput = z.infer<typeof verifyRequestInput>;

const providerId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'provider id: lowercase letters, digits and dashes');
const secretLabel = z.string().trim().min(1).max(100);

export const putSecretInput = z
  .object({ provider: providerId, label: secretLabel, secret: z.string().min(1).max(4096) })
  .strict();
export type PutSecretInput = z.infer<typeof putSecretInput>;

export const deleteSecretInput = z.object({ provider: providerId, label: secretLabel }).strict();
export type DeleteSecretInput = z.infer<typeof deleteSecretInput>;

/** What the API says about a stored secret: never the value. */
export interface SecretInfo {
  provider: string;
  label: string;
  /** Masked, e.g. "whs…9f (32 chars)". */
  hint: string;
  /** UTC ISO-8601. */
  createdAt: string;
}

/** Input of `findSignatureScheme`: a stored capture and a secret Hookscope should try on it. */
export const findSignatureSchemeInput = z
  .object({
    id: z.number().int().positive(),
    /** Used for this search only: never stored, never returned. */
    secret: z.string().min(1).max(4096),
  })
  .strict();
export type FindSignatureSchemeInput = z.infer<typeof findSignatureSchemeInput>;

/** What the scheme finder concluded: a generic HMAC configuration that reproduces the signature, or why none. */
export type SchemeFinderResult =
  | {
      found: true;
      /** Save it as the generic scheme of the capture's path (settings.providerByPath[].generic). */
      config: GenericHmacConfig;
      /** e.g. 'HMAC-SHA256, base64, over {timestamp}.{body} in X-Signature after "v1="'. */
      description: string;
      /** Combinations hashed before the match. */
      tried: number;
      elapsedMs: number;
    }
  | { found: false; message: string; tried: number; elapsedMs: number; timedOut: boolean };
