// The reference check: for each stored secret (in order), each accepted signing context and each
// supported entry of the header, recompute and compare in constant time. Used as-is by the verdict
// and, on altered copies, by every diagnosis probe.
import { verify as verifySignature, type KeyObject } from 'node:crypto';
import { constantTimeEqual, deriveKey, encodeDigest, hmacRaw } from './crypto-utils';
import type { LabelledSecret, ParsedSignature, Scheme, SigningContext } from './types';

export interface VerifyMatch {
  secretIndex: number;
  label: string;
  entryIndex: number;
  contextIndex: number;
}

export interface VerifyOutcome {
  match: VerifyMatch | null;
  /** Encoded digest computed with the first usable secret and the canonical context (HMAC only). */
  firstComputed: string | null;
  /** Secrets that could not be turned into a key, with why (never the value). */
  keyProblems: { label: string; problem: string }[];
}

export interface VerifyInput {
  scheme: Scheme;
  entries: ParsedSignature['entries'];
  contexts: SigningContext[];
  body: Buffer;
  secrets: readonly LabelledSecret[];
}

export function verifyEntries(input: VerifyInput): VerifyOutcome {
  const { scheme, entries, contexts, body, secrets } = input;
  const supported = entries.map((e, i) => ({ e, i })).filter(({ e }) => e.supported);
  const contents = contexts.map((ctx) => scheme.content(body, ctx));
  const keyProblems: VerifyOutcome['keyProblems'] = [];
  let firstComputed: string | null = null;

  for (let s = 0; s < secrets.length; s++) {
    const secret = secrets[s];
    if (!secret) continue;
    if (scheme.kind === 'hmac') {
      const key = deriveKey(secret.value, scheme.keyDerivation);
      if (!key) {
        keyProblems.push({ label: secret.label, problem: 'cannot be decoded as this scheme requires' });
        continue;
      }
      for (let c = 0; c < contents.length; c++) {
        const digest = encodeDigest(hmacRaw(scheme.algorithm, key, contents[c] as Buffer), scheme.encoding);
        if (firstComputed === null) firstComputed = digest;
        for (const { e, i } of supported) {
          if (constantTimeEqual(digest, e.value)) {
            return {
              match: { secretIndex: s, label: secret.label, entryIndex: i, contextIndex: c },
              firstComputed,
              keyProblems,
            };
          }
        }
      }
    } else if (scheme.kind === 'check') {
      for (let c = 0; c < contents.length; c++) {
        for (const { e, i } of supported) {
          const result = scheme.check(secret.value, contents[c] as Buffer, e.value);
          if ('error' in result) {
            keyProblems.push({ label: secret.label, problem: result.error });
            c = contents.length;
            break;
          }
          if (firstComputed === null) firstComputed = result.computed;
          if (result.matches) {
            return {
              match: { secretIndex: s, label: secret.label, entryIndex: i, contextIndex: c },
              firstComputed,
              keyProblems,
            };
          }
        }
      }
    } else {
      const parsed = scheme.parseKey(secret.value);
      if ('error' in parsed) {
        keyProblems.push({ label: secret.label, problem: parsed.error });
        continue;
      }
      for (let c = 0; c < contents.length; c++) {
        for (const { e, i } of supported) {
          const sig = Buffer.from(e.value.trim(), scheme.encoding);
          if (sig.length === 0) continue;
          if (publicKeyVerifies(scheme.kind, contents[c] as Buffer, parsed.key, sig))
            return {
              match: { secretIndex: s, label: secret.label, entryIndex: i, contextIndex: c },
              firstComputed,
              keyProblems,
            };
        }
      }
    }
  }
  return { match: null, firstComputed, keyProblems };
}

function publicKeyVerifies(
  kind: 'ed25519' | 'ecdsa-p256',
  content: Buffer,
  key: KeyObject,
  sig: Buffer,
): boolean {
  try {
    // Ed25519 takes no digest name; ECDSA signatures arrive DER-encoded (node's default).
    return verifySignature(kind === 'ed25519' ? null : 'sha256', content, key, sig);
  } catch {
    return false; // malformed signature bytes
  }
}

export function verifyParsed(
  parsed: ParsedSignature,
  body: Buffer,
  secrets: readonly LabelledSecret[],
): VerifyOutcome {
  return verifyEntries({
    scheme: parsed.scheme,
    entries: parsed.entries,
    contexts: parsed.contexts,
    body,
    secrets,
  });
}
