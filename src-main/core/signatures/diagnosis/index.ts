// Mismatch diagnosis: run the "what if" probes on copies of a failed request. At most one finding is
// exact (the smallest change that reproduces the received signature, the others folded into it);
// without one, findings that account for the failure (a truncated body…) lead, else "the secret is
// the likely cause" leads and remarks that reproduced nothing follow it.
import type { DiagnosisCode, SignatureDiagnosis } from '@shared/signature-types';
import type { LabelledSecret, ParsedSignature, ProviderSpec, RequestView, SecretLookup } from '../types';
import {
  bodyTruncatedProbe,
  bomProbe,
  charsetProbe,
  compressionProbe,
  contentLengthProbe,
  lineEndingsProbe,
  trailingNewlineProbe,
} from './body-probes';
import { createProbeContext, type Probe } from './context';
import { formReencodingProbe } from './form-probes';
import {
  algorithmProbe,
  compoundPrefixProbe,
  encodingProbe,
  headerManglingProbe,
  legacyHeaderProbe,
} from './header-probes';
import { jsonReserializationProbe, looksReserializedProbe } from './json-probes';
import {
  otherStoredSecretProbe,
  publicKeyFindings,
  secretDerivationProbe,
  secretWhitespaceProbe,
  tokenPatternProbe,
  verifyTokenProbe,
} from './secret-probes';
import { templateProbe } from './template-probes';
import { timeProbes } from './time-probes';
import { urlProbe } from './url-probes';

/**
 * Probes that look for an exact reproduction, smallest change first. Two variants that reproduce
 * the same digest (with the same key and template) produced the same signed bytes, so what tells
 * them apart is how much each one assumes: "a newline was added" explains compacted JSON that ends
 * in a newline better than "the body was re-serialised". The first exact finding in this order is
 * the cause; later ones are folded into it.
 */
const EXACT_PROBES: Probe[] = [
  trailingNewlineProbe,
  bomProbe,
  lineEndingsProbe,
  secretWhitespaceProbe,
  encodingProbe,
  headerManglingProbe,
  compoundPrefixProbe,
  charsetProbe,
  compressionProbe,
  formReencodingProbe,
  jsonReserializationProbe,
  algorithmProbe,
  legacyHeaderProbe,
  urlProbe,
  secretDerivationProbe,
  verifyTokenProbe,
  otherStoredSecretProbe,
  templateProbe,
];

/** Observations that explain a failure without reproducing it. */
const STRUCTURAL_PROBES: Probe[] = [
  bodyTruncatedProbe,
  contentLengthProbe,
  looksReserializedProbe,
  tokenPatternProbe,
];

/** Findings that account for a failure without the secret being wrong: "the secret is the likely cause" is then not said. */
const SUSPECT_CODES = new Set<DiagnosisCode>([
  'body-truncated',
  'content-length-mismatch',
  'body-decompressed',
  'public-key-invalid',
  'public-key-mismatch',
  'no-matching-version',
  'missing-timestamp',
]);

export interface DiagnoseInput {
  view: RequestView;
  spec: ProviderSpec;
  parsed: ParsedSignature;
  secrets: LabelledSecret[];
  allSecrets: SecretLookup;
  providerName: string;
  /** True when the digest verified and only the timestamp failed. */
  digestMatched: boolean;
  keyProblems: { label: string; problem: string }[];
  /** Extra findings already known (e.g. Twilio's body hash). */
  known?: SignatureDiagnosis[];
}

/** The one exact cause, with every other reproduction folded into it. */
function oneExactCause(exact: SignatureDiagnosis[]): SignatureDiagnosis | null {
  const [cause, ...others] = exact;
  if (!cause) return null;
  if (others.length === 0) return cause;
  return { ...cause, alsoReproducedBy: others.map((o) => ({ code: o.code, message: o.message })) };
}

export function diagnose(input: DiagnoseInput): SignatureDiagnosis[] {
  const ctx = createProbeContext(input);
  const time = timeProbes(ctx, input.parsed.timestamp, input.digestMatched);
  if (input.digestMatched) {
    // The signature is right; time (or the extra check) is the whole story.
    return [...(input.known ?? []), ...time];
  }

  const exact: SignatureDiagnosis[] = [];
  const structural: SignatureDiagnosis[] = [];
  for (const d of input.known ?? []) (d.exact ? exact : structural).push(d);
  if (ctx.secrets.length > 0) {
    for (const probe of EXACT_PROBES) {
      if (!ctx.budgetLeft()) break;
      for (const d of probe(ctx)) {
        const list = d.exact ? exact : structural;
        if (!list.some((x) => x.code === d.code)) list.push(d);
      }
    }
  }
  for (const probe of STRUCTURAL_PROBES) structural.push(...probe(ctx));
  structural.push(...publicKeyFindings(ctx, input.keyProblems));
  if (input.parsed.entries.every((e) => !e.supported)) {
    structural.unshift({
      code: 'no-matching-version',
      message: `${input.parsed.header} carries only ${[...new Set(input.parsed.entries.map((e) => e.version || 'unlabelled'))].join(', ')} entries, none of a version this verifier checks.`,
      fix: 'Check the sender’s signing version (e.g. Stripe v1, Standard Webhooks v1 for a symmetric secret).',
      exact: false,
    });
  }

  const cause = oneExactCause(exact);
  if (cause) return [cause, ...time, ...structural];

  const suspect = (d: SignatureDiagnosis) =>
    SUSPECT_CODES.has(d.code) || (d.code === 'body-looks-reserialized' && ctx.view.req.pasted === true);
  const remarks = [...time, ...structural];
  const suspects = remarks.filter(suspect);
  if (suspects.length > 0) return [...suspects, ...remarks.filter((d) => !suspect(d))];
  // Nothing reproduced the digest and nothing else accounts for it: a remark that did not reproduce
  // it (the body "looks" re-serialised, the timestamp is old) never outranks the likely cause.
  return [
    {
      code: 'secret-likely',
      message:
        ctx.secrets.length > 0
          ? 'Body, headers and signed-content template look intact and no variant reproduces the signature: the secret is the most likely cause (wrong value, another endpoint/environment, or rotated).'
          : 'No secret to test with.',
      fix: `Copy the signing secret again from ${input.providerName}'s settings and store it here (keep the old one under another label while rotating).`,
      exact: false,
    },
    ...remarks,
  ];
}
