// Signature verification as the UI and API see it (getCapture's `signature`, verifyRequest,
// findSignatureScheme, the secret listing).
import { z } from 'zod';
import { genericHmacConfigSchema, signatureVerdicts } from '../signature-types';
import { isoTime } from './common';

export const signatureVerdictSchema = z
  .enum(signatureVerdicts)
  .describe(
    "stale: the signature is valid but its timestamp was outside the provider's window at capture (a retry or a replay); the provider's SDK rejects it, yet the secret is right.",
  );

export const signatureReasonSchema = z
  .enum([
    'verified',
    'handshake',
    'needs-network',
    'no-secret',
    'no-provider',
    'missing-header',
    'malformed-header',
    'no-matching-version',
    'digest-mismatch',
    'timestamp-missing',
    'timestamp-outside-window',
    'handshake-refused',
    'body-hash-mismatch',
    'item-signature-mismatch',
    'invalid-key',
    'provider-does-not-sign',
  ])
  .describe(
    'Why the verdict is what it is (a stable tag to branch on). item-signature-mismatch: one of several separately signed items in the body fails (an Adyen batch). provider-does-not-sign: verdict unsigned, nothing wrong.',
  );

export const diagnosisCodeSchema = z.enum([
  'stale-timestamp',
  'future-timestamp',
  'timestamp-unit',
  'clock-skew',
  'missing-timestamp',
  'trailing-newline',
  'line-endings',
  'utf8-bom',
  'charset-mangled',
  'json-reserialized',
  'form-reencoded',
  'signed-decompressed-body',
  'uppercase-hex',
  'encoding-mismatch',
  'header-mangled',
  'compound-prefix',
  'algorithm-mismatch',
  'legacy-header',
  'url-mismatch',
  'other-template',
  'secret-whitespace',
  'secret-derivation',
  'other-stored-secret',
  'verify-token-as-secret',
  'public-key-invalid',
  'public-key-mismatch',
  'secret-looks-like-token',
  'no-matching-version',
  'verify-token-mismatch',
  'content-length-mismatch',
  'body-truncated',
  'body-decompressed',
  'body-looks-reserialized',
  'body-hash-mismatch',
  'item-signature-mismatch',
  'secret-likely',
]);

export const signatureDiagnosisSchema = z
  .strictObject({
    code: diagnosisCodeSchema,
    message: z.string().describe('What was found, e.g. "A trailing newline was added after signing."'),
    fix: z.string().describe('One-line fix.'),
    exact: z
      .boolean()
      .describe(
        'A recomputation reproduced the received signature exactly. At most one finding of a report is exact: the smallest change that reproduces it.',
      ),
    alsoReproducedBy: z
      .array(z.strictObject({ code: diagnosisCodeSchema, message: z.string() }))
      .optional()
      .describe('Other changes that reproduced the signature too, folded into the exact finding.'),
  })
  .meta({
    id: 'SignatureDiagnosis',
    description: 'One finding of the mismatch diagnosis. Codes are stable.',
  });

export const digestEncodingSchema = z.enum(['hex', 'base64', 'base64url']);

export const schemeInfoSchema = z
  .strictObject({
    algorithm: z.string().describe('e.g. "HMAC-SHA256", "Ed25519", "ECDSA P-256 SHA-256".'),
    encoding: digestEncodingSchema,
    template: z
      .string()
      .describe('Signed-content template, e.g. "{timestamp}.{body}", "v0:{timestamp}:{body}".'),
    keyDerivation: z
      .string()
      .describe(
        'How the stored secret becomes key bytes: "raw text", "whsec_ base64-decoded", "public key".',
      ),
  })
  .meta({ id: 'SchemeInfo' });

export const signedContentInfoSchema = z
  .strictObject({
    preview: z
      .string()
      .describe(
        'The signed bytes as text, escaped (\\n, \\r, \\t, \\\\, \\xNN for bytes that are not UTF-8), possibly cut.',
      ),
    previewTruncated: z.boolean(),
    byteLength: z
      .number()
      .int()
      .describe('Byte length of the whole signed content (prefix + body + suffix).'),
    bodyByteLength: z.number().int(),
    bodySha256: z.string().describe('SHA-256 of the body bytes, lowercase hex.'),
  })
  .meta({ id: 'SignedContentInfo' });

export const timestampInfoSchema = z
  .strictObject({
    raw: z.string().describe('As found, e.g. "1716200000" or "1716200000123".'),
    source: z.string().describe('Where it came from: a header name or "body:webhookTimestamp".'),
    unix: z.number().nullable().describe('Parsed value in unix seconds (null when unparseable).'),
    ageAtCapture: z
      .number()
      .nullable()
      .describe('Capture time minus timestamp, seconds (negative: in the future).'),
    ageNow: z.number().nullable().describe('Now minus timestamp, seconds.'),
    maxAgeSeconds: z.number().nullable().describe('Oldest accepted age in seconds (null: no limit).'),
    maxAheadSeconds: z
      .number()
      .nullable()
      .describe('How far in the future it may be, seconds (null: no limit).'),
    rejectedAtCapture: z.boolean().describe('Judged at capture time: what the verdict uses.'),
    rejectedNow: z.boolean().describe('Would be rejected now: for replays and old captures.'),
    signed: z.boolean().describe('The scheme covers the timestamp with the signature.'),
  })
  .meta({ id: 'TimestampInfo' });

export const signatureEntrySchema = z
  .strictObject({
    index: z.number().int().describe('Position in the header (0-based).'),
    version: z.string().describe('Version tag as on the wire: "v1", "v0", "h1", "sha256"… ("" when bare).'),
    value: z.string(),
    supported: z
      .boolean()
      .describe('False for versions this verifier does not check (Stripe v0, Standard Webhooks v1a…).'),
    matched: z.boolean(),
  })
  .meta({ id: 'SignatureEntry', description: 'One signature found in the header.' });

export const handshakeKindSchema = z.enum([
  'meta-subscribe',
  'slack-url-verification',
  'zoom-url-validation',
  'discord-ping',
  'discord-probe',
  'xero-intent-to-receive',
  'dropbox-challenge',
  'nylas-challenge',
  'okta-verification',
  'twitch-verification',
  'asana-hook-secret',
  'notion-verification',
  'twitter-crc',
  'worldline-verification',
  'sns-subscription',
]);

export const handshakeInfoSchema = z
  .strictObject({
    kind: handshakeKindSchema,
    note: z.string(),
    expectedResponse: z
      .strictObject({ status: z.number().int(), contentType: z.string().nullable(), body: z.string() })
      .nullable()
      .describe('What the endpoint must answer for the provider to accept it.'),
    verifyTokenMatches: z
      .boolean()
      .nullable()
      .optional()
      .describe('Meta: does hub.verify_token equal the configured verify token (null when none configured).'),
    signatureVerdict: z
      .enum(['pass', 'fail', 'stale', 'no-secret', 'unsigned'])
      .optional()
      .describe(
        "The signature verdict of the handshake request itself (Slack, Zoom and Discord sign theirs): unsigned for Meta's GET, no-secret until a secret is stored.",
      ),
  })
  .meta({
    id: 'HandshakeInfo',
    description: "A provider's URL check (challenge, ping, verification request).",
  });

export const providerSourceSchema = z
  .enum(['override', 'path', 'detected', 'payload'])
  .describe(
    'Which rule named the provider: setCaptureProvider, settings.providerByPath, detection, or the payload family.',
  );

export const signatureReportSchema = z
  .strictObject({
    verdict: signatureVerdictSchema,
    provider: z.string().nullable().describe('Provider id (see listProviders), null when none detected.'),
    providerName: z.string().nullable(),
    providerSource: providerSourceSchema.nullable(),
    reason: signatureReasonSchema,
    summary: z.string().describe('One line for the verdict banner.'),
    scheme: schemeInfoSchema.nullable(),
    format: z
      .strictObject({ id: z.string(), label: z.string() })
      .nullable()
      .describe(
        'Which wire format matched, e.g. { id: "wasphere-v1", label: "WaSphere v1 (timestamp-bound)" }.',
      ),
    header: z.string().nullable().describe('Header the signature was read from, as received.'),
    received: z.string().nullable(),
    computed: z
      .string()
      .nullable()
      .describe(
        'What Hookscope computed, in the same encoding and label as `received` (e.g. "sha256=<hex>").',
      ),
    matchedSecret: z
      .string()
      .nullable()
      .describe('Label of the stored secret that verified (never the value).'),
    secretsTried: z.number().int(),
    entries: z.array(signatureEntrySchema),
    signedContent: signedContentInfoSchema.nullable(),
    timestamp: timestampInfoSchema.nullable(),
    handshake: handshakeInfoSchema.nullable(),
    warnings: z.array(z.string()),
    diagnosis: z
      .array(signatureDiagnosisSchema)
      .describe('On fail: findings, most specific first. Empty otherwise.'),
  })
  .meta({
    id: 'SignatureReport',
    description: 'The verdict, the evidence behind it and the diagnosis when it fails.',
  });

export const genericHmacConfigOutput = genericHmacConfigSchema.meta({
  id: 'GenericHmacConfig',
  description: 'The user\'s own HMAC scheme for a sender Hookscope does not know (provider "generic").',
});

export const secretInfoSchema = z
  .strictObject({
    provider: z.string(),
    label: z.string(),
    hint: z.string().describe('Masked, e.g. "whs…9f (32 chars)".'),
    createdAt: isoTime,
  })
  .meta({ id: 'SecretInfo', description: 'A stored secret as the API shows it: never the value.' });

export const schemeFinderResultSchema = z
  .discriminatedUnion('found', [
    z.strictObject({
      found: z.literal(true),
      /** Save it as the generic scheme of the capture's path (settings.providerByPath[].generic). */
      config: genericHmacConfigOutput,
      description: z
        .string()
        .describe('e.g. \'HMAC-SHA256, base64, over {timestamp}.{body} in X-Signature after "v1="\'.'),
      tried: z.number().int().describe('Combinations hashed before the match.'),
      elapsedMs: z.number(),
    }),
    z.strictObject({
      found: z.literal(false),
      message: z.string(),
      tried: z.number().int(),
      elapsedMs: z.number(),
      timedOut: z.boolean(),
    }),
  ])
  .meta({
    id: 'SchemeFinderResult',
    description:
      'A generic HMAC configuration that reproduces the signature (already checked by the verifier), or why none.',
  });
