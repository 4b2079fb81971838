// Mismatch diagnosis: run the "what if" probes on copies of a failed request and report those that
// reproduce the received signature exactly, most specific first, then structural observations,
// then — when nothing explains it — that the secret is the likely cause.
import type { SignatureDiagnosis } from '../../../shared/signature-types';
import type { LabelledSecret, ParsedSignature, ProviderSpec, RequestView, SecretLookup } from '../types';
import {
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
} from './secret-probes';
import { templateProbe } from './template-probes';
import { timeProbes } from './time-probes';
import { urlProbe } from './url-probes';

/** Probes that look for an exact reproduction, cheapest and most specific first. */
const EXACT_PROBES: Probe[] = [
  compoundPrefixProbe,
  encodingProbe,
  headerManglingProbe,
  legacyHeaderProbe,
  secretWhitespaceProbe,
  trailingNewlineProbe,
  lineEndingsProbe,
  bomProbe,
  charsetProbe,
  compressionProbe,
  urlProbe,
  formReencodingProbe,
  jsonReserializationProbe,
  algorithmProbe,
  secretDerivationProbe,
  otherStoredSecretProbe,
  templateProbe,
];

/** Observations that explain a failure without reproducing it. */
const STRUCTURAL_PROBES: Probe[] = [contentLengthProbe, looksReserializedProbe, tokenPatternProbe];

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

export function diagnose(input: DiagnoseInput): SignatureDiagnosis[] {
  const ctx = createProbeContext(input);
  const time = timeProbes(ctx, input.parsed.timestamp, input.digestMatched);
  if (input.digestMatched) {
    // The signature is right; time (or the extra check) is the whole story.
    return [...(input.known ?? []), ...time];
  }

  const exact: SignatureDiagnosis[] = [...(input.known ?? [])];
  const structural: SignatureDiagnosis[] = [];
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

  const out = [...exact, ...time, ...structural];
  const suspectCodes = [
    'content-length-mismatch',
    'body-decompressed',
    'public-key-invalid',
    'public-key-mismatch',
  ];
  if (ctx.view.req.pasted) suspectCodes.push('body-looks-reserialized');
  const bodySuspect = structural.some((d) => suspectCodes.includes(d.code));
  if (!exact.some((d) => d.exact) && !bodySuspect) {
    out.push({
      code: 'secret-likely',
      message:
        ctx.secrets.length > 0
          ? 'Body, headers and signed-content template look intact and no variant reproduces the signature: the secret is the most likely cause (wrong value, another endpoint/environment, or rotated).'
          : 'No secret to test with.',
      fix: `Copy the signing secret again from ${input.providerName}'s settings and store it here (keep the old one under another label while rotating).`,
      exact: false,
    });
  }
  return out;
}
