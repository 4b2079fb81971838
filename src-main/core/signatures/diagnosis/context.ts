// Shared state for the "what if" probes: the failed request, the parsed signature and helpers that
// recompute on altered copies. A byte budget bounds the total hashing so a full diagnosis of a large
// body stays cheap (probes run most-likely-first, so the budget cuts the least useful ones).
import type { SignatureDiagnosis } from '@shared/signature-types';
import { bytesEqual, decodeDigestCandidates, hmacRaw } from '../crypto-utils';
import { stripKnownLabels } from '../provider-kit';
import type {
  HashAlgorithm,
  LabelledSecret,
  ParsedSignature,
  ProviderSpec,
  RequestView,
  Scheme,
  SecretLookup,
  SigningContext,
} from '../types';
import { verifyEntries, type VerifyMatch } from '../verify';

export const MAX_PROBE_SECRETS = 8;
/** Total bytes the probes may hash (64 KB body ⇒ ~750 HMACs). */
const HASH_BUDGET_BYTES = 48 * 1024 * 1024;

export interface ProbeContext {
  view: RequestView;
  spec: ProviderSpec;
  parsed: ParsedSignature;
  secrets: LabelledSecret[];
  allSecrets: SecretLookup;
  providerName: string;
  /** Raw digest bytes the header could mean (every entry, hex or base64, plus label-stripped). */
  receivedDigests: Buffer[];
  budgetLeft(): boolean;
  /** Re-run the reference check with some parts replaced. */
  reproduce(o: {
    body?: Buffer;
    contexts?: SigningContext[];
    scheme?: Scheme;
    entries?: ParsedSignature['entries'];
    secrets?: readonly LabelledSecret[];
  }): VerifyMatch | null;
  /** HMAC with explicit key bytes and compare against `receivedDigests` (any encoding). */
  rawMatches(algorithm: HashAlgorithm, key: Buffer, content: Buffer): boolean;
  /** Digest lengths present in the header: 20 ⇒ SHA-1, 32 ⇒ SHA-256, 64 ⇒ SHA-512. */
  plausibleAlgorithms(): HashAlgorithm[];
}

export type Probe = (ctx: ProbeContext) => SignatureDiagnosis[];

export function createProbeContext(args: {
  view: RequestView;
  spec: ProviderSpec;
  parsed: ParsedSignature;
  secrets: LabelledSecret[];
  allSecrets: SecretLookup;
  providerName: string;
}): ProbeContext {
  const { view, parsed } = args;
  const secrets = args.secrets.slice(0, MAX_PROBE_SECRETS);
  let hashed = 0;
  const charge = (bytes: number, times: number) => {
    hashed += (bytes + 128) * times;
  };

  const receivedDigests: Buffer[] = [];
  const seen = new Set<string>();
  for (const raw of [...parsed.entries.map((e) => e.value), stripKnownLabels(parsed.received)]) {
    for (const d of decodeDigestCandidates(raw)) {
      const k = d.toString('hex');
      if (d.length >= 16 && !seen.has(k)) {
        seen.add(k);
        receivedDigests.push(d);
      }
    }
  }

  return {
    ...args,
    secrets,
    receivedDigests,
    budgetLeft: () => hashed < HASH_BUDGET_BYTES,
    reproduce(o) {
      if (hashed >= HASH_BUDGET_BYTES) return null;
      const body = o.body ?? view.req.body;
      const contexts = o.contexts ?? parsed.contexts;
      const useSecrets = o.secrets ?? secrets;
      charge(body.length, contexts.length * useSecrets.length);
      return verifyEntries({
        scheme: o.scheme ?? parsed.scheme,
        entries: o.entries ?? parsed.entries,
        contexts,
        body,
        secrets: useSecrets,
      }).match;
    },
    rawMatches(algorithm, key, content) {
      if (hashed >= HASH_BUDGET_BYTES) return false;
      charge(content.length, 1);
      const digest = hmacRaw(algorithm, key, content);
      return receivedDigests.some((d) => bytesEqual(d, digest));
    },
    plausibleAlgorithms() {
      const out: HashAlgorithm[] = [];
      const lengths = new Set(receivedDigests.map((d) => d.length));
      if (lengths.has(32)) out.push('sha256');
      if (lengths.has(20)) out.push('sha1');
      if (lengths.has(64)) out.push('sha512');
      return out;
    },
  };
}

export function quote(label: string): string {
  return `"${label}"`;
}
