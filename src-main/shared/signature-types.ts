// Signature verification as the UI and API see it: the verdict, the evidence behind it and the
// diagnosis when it fails. Filled in by src-main/core/signatures. Shared with the renderer, so this
// file imports only zod (no node:, no Buffer); the output shapes are inferred from ./outputs/signature.
import { z } from 'zod';
import type {
  diagnosisCodeSchema,
  digestEncodingSchema,
  handshakeInfoSchema,
  providerSourceSchema,
  schemeFinderResultSchema,
  schemeInfoSchema,
  secretInfoSchema,
  signatureDiagnosisSchema,
  signatureEntrySchema,
  signatureReasonSchema,
  signatureReportSchema,
  signedContentInfoSchema,
  timestampInfoSchema,
} from './outputs/signature';

export const signatureVerdicts = [
  'pass',
  'fail',
  'stale',
  'handshake',
  'unverifiable',
  'no-secret',
  'unsigned',
] as const;
/**
 * `stale`: the signature is valid but its timestamp was outside the provider's window when the
 * request arrived (a retry or a replay); the provider's SDK rejects it, yet the secret is right.
 */
export type SignatureVerdict = (typeof signatureVerdicts)[number];

/**
 * Verdicts the sender's own verifier would reject: a bad signature, and a valid one whose timestamp
 * is outside the window (`stale`). What "failures" means everywhere (list filter, threads).
 */
export const failingVerdicts = ['fail', 'stale'] as const satisfies readonly SignatureVerdict[];
export type FailingVerdict = (typeof failingVerdicts)[number];
export const isFailingVerdict = (verdict: string | null): verdict is FailingVerdict =>
  (failingVerdicts as readonly (string | null)[]).includes(verdict);

export type SignatureReason = z.infer<typeof signatureReasonSchema>;
export type DiagnosisCode = z.infer<typeof diagnosisCodeSchema>;
export type SignatureDiagnosis = z.infer<typeof signatureDiagnosisSchema>;
export type HashAlgorithm = 'sha1' | 'sha256' | 'sha512';
export type DigestEncoding = z.infer<typeof digestEncodingSchema>;
export type SchemeInfo = z.infer<typeof schemeInfoSchema>;
export type SignedContentInfo = z.infer<typeof signedContentInfoSchema>;
export type TimestampInfo = z.infer<typeof timestampInfoSchema>;
export type SignatureEntry = z.infer<typeof signatureEntrySchema>;
export type HandshakeInfo = z.infer<typeof handshakeInfoSchema>;
/** Which rule named the provider (see core/providers/signer-of.ts). */
export type ProviderSource = z.infer<typeof providerSourceSchema>;
export type SignatureReport = z.infer<typeof signatureReportSchema>;

// ----------------------------------------------------------------------------------------------
// Inputs (validated by every adapter).

const headerPair = z.tuple([z.string().max(1024), z.string().max(64 * 1024)]);

/** User-configured HMAC scheme for senders Hookscope does not know. */
const toleranceMessage = 'Whole seconds, up to ten years';
const templatePlaceholders = /\{(body|timestamp|id|method|url|header:[^{}]+)\}/g;

/** The first `{…}` in a signed-content template that is not a placeholder the verifier fills, or null. */
export function unknownTemplatePlaceholder(template: string): string | null {
  return template.replace(templatePlaceholders, '').match(/\{[^{}]*\}/)?.[0] ?? null;
}

export const genericHmacConfigSchema = z
  .object({
    header: z
      .string()
      .min(1, 'Name the header that carries the signature')
      .max(200, 'At most 200 characters'),
    algorithm: z.enum(['sha1', 'sha256', 'sha512']),
    encoding: z.enum(['hex', 'base64', 'base64url']),
    /** Stripped from the header value before comparing, e.g. "sha256=". */
    prefix: z.string().max(100).optional(),
    /** Placeholders: {body} {timestamp} {id} {url} {method} {header:Name}. Default "{body}". */
    template: z
      .string()
      .max(500, 'At most 500 characters')
      .superRefine((template, ctx) => {
        const unknown = unknownTemplatePlaceholder(template);
        if (unknown !== null) ctx.addIssue({ code: 'custom', message: `Unknown placeholder ${unknown}` });
      })
      .optional(),
    timestampHeader: z.string().max(200).optional(),
    idHeader: z.string().max(200).optional(),
    /** Accepted age in seconds, both directions. No check when absent. */
    toleranceSeconds: z
      .number()
      .int(toleranceMessage)
      .min(0, toleranceMessage)
      .max(10 * 365 * 86400, toleranceMessage)
      .optional(),
    /** How the secret becomes key bytes. Default "raw". */
    keyEncoding: z.enum(['raw', 'base64', 'hex', 'whsec-base64']).optional(),
  })
  .strict();
export type GenericHmacConfig = z.infer<typeof genericHmacConfigSchema>;

/** A secret or public key as pasted (kept byte for byte: no trimming). */
const secretValue = z
  .string()
  .min(1, 'Paste the secret (or public key) first')
  .max(4096, 'At most 4096 characters');

export const verifyRequestInput = z
  .object({
    provider: z.string().min(1).max(64).optional(),
    method: z.string().min(1).max(20),
    /** Full URL as the provider called it (or just the path). */
    url: z.string().min(1).max(8192),
    headers: z.array(headerPair).max(500),
    bodyBase64: z.string().max(40 * 1024 * 1024),
    /** Secrets (or public keys) to try instead of the stored ones. */
    secrets: z.array(secretValue).max(20).optional(),
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
const secretLabel = z
  .string()
  .trim()
  .min(1, 'Give it a label, e.g. "production"')
  .max(100, 'At most 100 characters');

export const putSecretInput = z
  .object({ provider: providerId, label: secretLabel, secret: secretValue })
  .strict();
export type PutSecretInput = z.infer<typeof putSecretInput>;

export const deleteSecretInput = z.object({ provider: providerId, label: secretLabel }).strict();
export type DeleteSecretInput = z.infer<typeof deleteSecretInput>;

/** What the API says about a stored secret: never the value. */
export type SecretInfo = z.infer<typeof secretInfoSchema>;

/** Input of `findSignatureScheme`: a stored capture and a secret Hookscope should try on it. */
export const findSignatureSchemeInput = z
  .object({
    id: z.number().int().positive(),
    /** Used for this search only: never stored, never returned. */
    secret: secretValue,
  })
  .strict();
export type FindSignatureSchemeInput = z.infer<typeof findSignatureSchemeInput>;

/** What the scheme finder concluded: a generic HMAC configuration that reproduces the signature, or why none. */
export type SchemeFinderResult = z.infer<typeof schemeFinderResultSchema>;
