// Internal vocabulary of the signatures module. Providers describe *how* a sender signs (a scheme and
// where the pieces are on the wire); the engine verifies and the diagnosis re-runs the scheme on
// altered copies. Keeping schemes declarative is what lets one diagnosis serve every provider.
import type { KeyObject } from 'node:crypto';
import type {
  DigestEncoding,
  GenericHmacConfig,
  HandshakeInfo,
  HashAlgorithm,
  ProviderSource,
  SignatureDiagnosis,
} from '@shared/signature-types';
import type { HeaderView } from './headers';

export type { DigestEncoding, HashAlgorithm };

export interface LabelledSecret {
  label: string;
  value: string;
}

/** Stored secrets for a provider id, in priority order (first = primary). */
export type SecretLookup = (providerId: string) => LabelledSecret[];

/** What the capture pipeline (or the paste panel) hands to `analyseSignature`. */
export interface AnalysisRequest {
  method: string;
  /** Full URL as the provider called it, when known (else as the receiver saw it). */
  url: string | null;
  /** Path plus query, as on the request line. */
  path: string;
  headers: [string, string][];
  body: Buffer;
  /** When the request was received (unix seconds): timestamps are judged against this. */
  receivedAtUnix: number;
  /** "Now" for the separate would-be-rejected-now judgement (defaults to the wall clock). */
  nowUnix?: number;
  /** Public base URL providers call (tunnel / reverse proxy), used by URL-signing schemes. */
  publicUrl?: string | null;
  /** The provider to judge as (chosen by the caller); detected from the request when absent. */
  provider?: string;
  /** How the caller chose `provider` (reported as `providerSource`); default 'override'. */
  providerSource?: ProviderSource;
  /** Required to verify with the 'generic' provider. */
  generic?: GenericHmacConfig;
  /** Meta hub.verify_token configured by the user (handshake check); null = not configured. */
  verifyToken?: string | null;
  /**
   * True for a request the user pasted (from logs, a viewer): its body may have been reformatted on
   * the way, so "looks re-serialised" is strong evidence. A capture holds the wire bytes, so there
   * it is only a remark and never hides "the secret is the likely cause".
   */
  pasted?: boolean;
}

/** The request with headers indexed once, shared by providers and probes. */
export interface RequestView {
  req: AnalysisRequest;
  headers: HeaderView;
  nowUnix: number;
}

/** Values a template can refer to besides the body. */
export interface SigningContext {
  timestamp: string | null;
  id: string | null;
  url: string | null;
  method: string;
  /** Request header lookup for `{header:Name}` placeholders (absent = every header empty). */
  header?: (name: string) => string | null;
}

export type KeyDerivation = 'raw' | 'whsec-base64' | 'base64' | 'hex';

export interface HmacScheme {
  kind: 'hmac';
  algorithm: HashAlgorithm;
  encoding: DigestEncoding;
  keyDerivation: KeyDerivation;
  /** Human template, e.g. "{timestamp}.{body}". */
  template: string;
  content(body: Buffer, ctx: SigningContext): Buffer;
}

export interface PublicKeyScheme {
  kind: 'ed25519' | 'ecdsa-p256';
  encoding: DigestEncoding;
  template: string;
  content(body: Buffer, ctx: SigningContext): Buffer;
  /** Turn the stored text into a key, or say why it is not one. */
  parseKey(text: string): { key: KeyObject } | { error: string };
}

/**
 * Any other check, stated by the provider: a token compared for equality (GitLab, Okta), a plain
 * hash of secret + content (HubSpot v1/v2), a JWT (Plaid) or a certificate signature (PayPal).
 * The engine asks it, per stored secret and entry, whether they match and what the secret produces.
 */
export interface CheckScheme {
  kind: 'check';
  /** Shown as the algorithm, e.g. "token equality", "SHA-256 of secret + body", "JWT ES256". */
  algorithm: string;
  encoding: DigestEncoding;
  template: string;
  /** How the stored value is used, e.g. "compared as is", "public key (JWK)". */
  keyDerivation: string;
  /** True when the stored value is a public key or certificate (diagnosis then speaks of keys). */
  asymmetric: boolean;
  content(body: Buffer, ctx: SigningContext): Buffer;
  check(
    secret: string,
    content: Buffer,
    entry: string,
  ): { matches: boolean; computed: string | null } | { error: string };
}

export type Scheme = HmacScheme | PublicKeyScheme | CheckScheme;

export interface EntryDraft {
  version: string;
  value: string;
  supported: boolean;
}

export interface TimestampRule {
  raw: string;
  source: string;
  /** Parsed unix seconds (ms values are converted when `unit` is 'ms'; 'iso' is an RFC 3339 date). */
  unix: number | null;
  unit: 's' | 'ms' | 'iso';
  maxAgeSeconds: number | null;
  maxAheadSeconds: number | null;
  /** False when the signature does not cover the timestamp. */
  signed: boolean;
}

/** A located and parsed signature, ready for the engine. */
export interface ParsedSignature {
  kind: 'signature';
  header: string;
  received: string;
  entries: EntryDraft[];
  scheme: Scheme;
  format: { id: string; label: string };
  /** Accepted signing contexts, canonical first (Twilio port variants add more). */
  contexts: SigningContext[];
  timestamp: TimestampRule | null;
  /** Shapes `computed` like the header: e.g. d => `sha256=${d}`. */
  formatComputed(digest: string): string;
  warnings: string[];
  /** A second, weaker signature on the same request (legacy SHA-1 header), for diagnosis. */
  legacy?: ParsedSignature;
  /** Extra integrity check outside the MAC (Twilio bodySHA256, Adyen items after the first). Returns a problem or null. */
  extraCheck?: () => SignatureDiagnosis | null;
}

export type ReadResult =
  | ParsedSignature
  | { kind: 'missing'; headersTried: string[]; warnings: string[] }
  | { kind: 'malformed'; header: string; received: string; problem: string; fallback: ParsedSignature | null }
  | { kind: 'unverifiable'; header: string; received: string; why: string; preview: string | null }
  /** The provider never signs its deliveries (Postmark…): said as such, not as "unsigned". */
  | { kind: 'not-signed'; why: string };

/** How a provider's signatures are read, and which of its requests are handshakes. */
export interface SignatureVerification {
  /**
   * `stored` is what the user stored for this provider; only schemes that cannot be checked at all
   * without it (PayPal's certificate) look at it, to say "unverifiable" rather than "no secret".
   */
  read(view: RequestView, stored?: readonly LabelledSecret[]): ReadResult;
  /** Handshake requests are answered, not verified. `secrets` feed Zoom's encryptedToken. */
  handshake?(view: RequestView, secrets: LabelledSecret[]): HandshakeInfo | null;
  /**
   * A handshake whose signature does not hold and that the endpoint must refuse (Discord's
   * deliberate PING probe, Slack's url_verification): it still fails, and the report keeps this
   * handshake (the refusal expected, e.g. 401) instead of the ordinary one.
   */
  failedSignatureIsHandshake?(view: RequestView): HandshakeInfo | null;
}

/** The engine's view of a provider (derived from its definition in core/providers). */
export interface ProviderSpec extends SignatureVerification {
  id: string;
  /** Confidence 0..100 that the request comes from this provider (0 = no). */
  detect(view: RequestView): number;
}
