// Secret-side probes: the body and header are fine, the key is not — whitespace pasted with it, the
// wrong derivation (whsec_ kept or stripped, base64-decoded or not), another stored secret, an API
// token in place of a signing secret, or a public key that is malformed or belongs to someone else.
import type { SignatureDiagnosis } from '@shared/signature-types';
import { deriveKey, hmacRaw, keyDerivationLabel, constantTimeEqual } from '../crypto-utils';
import { providerName, providerSpecs } from '../registry';
import { tokenFindings, whereToFindSecret } from '../secret-patterns';
import type { HmacScheme, LabelledSecret } from '../types';
import { MAX_PROBE_SECRETS, quote, type Probe, type ProbeContext } from './context';

export const secretWhitespaceProbe: Probe = (ctx) => {
  for (const s of ctx.secrets) {
    const cleaned = s.value
      .trim()
      .replace(/^["'](.*)["']$/s, '$1')
      .trim();
    if (cleaned === s.value || cleaned.length === 0) continue;
    if (ctx.reproduce({ secrets: [{ label: s.label, value: cleaned }] })) {
      return [
        {
          code: 'secret-whitespace',
          message: `The secret ${quote(s.label)} has surrounding whitespace, a newline or quotes; the signature matches once they are removed.`,
          fix: 'Store the secret again without leading/trailing spaces, newlines or quotes (check .env files and copy-paste).',
          exact: true,
        },
      ];
    }
  }
  return [];
};

interface Derivation {
  name: string;
  key(value: string): Buffer | null;
  /** What the sender does, in words that name this variant and no other. */
  fix: string;
}

const DERIVATIONS: Derivation[] = [
  {
    name: keyDerivationLabel('raw'),
    key: (v) => deriveKey(v, 'raw'),
    fix: 'This sender uses the whole secret as text (any whsec_ prefix included, nothing decoded): derive the key that way, or pick the preset that does (Stripe and Sendsar use the whsec_ string as is).',
  },
  {
    name: 'whsec_ prefix stripped, used as text',
    key: (v) => (v.startsWith('whsec_') ? Buffer.from(v.slice(6), 'utf8') : null),
    fix: 'This sender strips the whsec_ prefix and uses the rest as text, without base64-decoding it: derive the key that way in your verifier.',
  },
  {
    name: keyDerivationLabel('whsec-base64'),
    key: (v) => deriveKey(v, 'whsec-base64'),
    fix: 'This sender strips whsec_ and base64-decodes the rest, as Standard Webhooks/Svix do: verify with that preset or derive the key the same way.',
  },
  {
    name: keyDerivationLabel('base64'),
    key: (v) => deriveKey(v, 'base64'),
    fix: 'This sender base64-decodes the secret and uses the bytes as the key: derive the key that way, or check the provider preset.',
  },
  {
    name: keyDerivationLabel('hex'),
    key: (v) => deriveKey(v, 'hex'),
    fix: 'This sender hex-decodes the secret and uses the bytes as the key: derive the key that way, or check the provider preset.',
  },
];

function hmacMatchesWithKey(ctx: ProbeContext, scheme: HmacScheme, key: Buffer): boolean {
  for (const c of ctx.parsed.contexts) {
    const digest = hmacRaw(scheme.algorithm, key, scheme.content(ctx.view.req.body, c)).toString(
      scheme.encoding,
    );
    if (ctx.parsed.entries.some((e) => e.supported && constantTimeEqual(digest, e.value))) return true;
  }
  return false;
}

export const secretDerivationProbe: Probe = (ctx) => {
  const scheme = ctx.parsed.scheme;
  if (scheme.kind !== 'hmac') return [];
  const canonical = scheme.keyDerivation;
  for (const s of ctx.secrets) {
    const canonicalKey = deriveKey(s.value, canonical);
    for (const d of DERIVATIONS) {
      if (!ctx.budgetLeft()) return [];
      const key = d.key(s.value);
      if (!key || (canonicalKey && key.equals(canonicalKey))) continue;
      if (hmacMatchesWithKey(ctx, scheme, key)) {
        return [
          {
            code: 'secret-derivation',
            message: `The signature matches when the secret ${quote(s.label)} is turned into a key as "${d.name}", but ${ctx.providerName} documents "${keyDerivationLabel(canonical)}".`,
            fix: d.fix,
            exact: true,
          },
        ];
      }
    }
  }
  return [];
};

/** Meta's hub.verify_token answers the GET handshake; it never signs. Pasting it as the App Secret is a classic. */
export const verifyTokenProbe: Probe = (ctx) => {
  const token = ctx.view.req.verifyToken;
  if (!token || ctx.secrets.some((s) => s.value === token)) return [];
  if (!ctx.reproduce({ secrets: [{ label: 'verify token', value: token }] })) return [];
  return [
    {
      code: 'verify-token-as-secret',
      message: `Signed with the Meta verify token (hub.verify_token) configured in Hookscope, not with any stored ${ctx.providerName} secret: the verify token was used as the signing secret.`,
      fix: `The verify token only answers the subscription handshake. Sign (and verify) with the ${ctx.providerName} signing secret: ${whereToFindSecret(ctx.spec.id)}`,
      exact: true,
    },
  ];
};

export const otherStoredSecretProbe: Probe = (ctx) => {
  const others: { provider: string; secret: LabelledSecret }[] = [];
  for (const spec of providerSpecs) {
    if (spec.id === ctx.spec.id) continue;
    for (const secret of ctx.allSecrets(spec.id)) {
      if (others.length < MAX_PROBE_SECRETS) others.push({ provider: spec.id, secret });
    }
  }
  for (const o of others) {
    if (!ctx.budgetLeft()) break;
    if (ctx.reproduce({ secrets: [o.secret] })) {
      return [
        {
          code: 'other-stored-secret',
          message: `Signed with the secret ${quote(o.secret.label)} stored for ${providerName(o.provider)}, not with any ${ctx.providerName} secret.`,
          fix: `Store that secret under ${ctx.providerName} as well, or use it in your verifier for this endpoint.`,
          exact: true,
        },
      ];
    }
  }
  return [];
};

export const tokenPatternProbe: Probe = (ctx) =>
  tokenFindings(ctx.spec.id, ctx.secrets).map((f): SignatureDiagnosis => ({
    code: 'secret-looks-like-token',
    message: `The secret ${quote(f.label)} looks like ${f.kind}, not a webhook signing secret.`,
    fix: `Use the signing secret instead: ${whereToFindSecret(ctx.spec.id)}`,
    exact: false,
  }));

/** Public-key schemes: bad key format vs a valid key that did not sign this. */
export function publicKeyFindings(
  ctx: ProbeContext,
  keyProblems: { label: string; problem: string }[],
): SignatureDiagnosis[] {
  const scheme = ctx.parsed.scheme;
  if (scheme.kind === 'hmac' || (scheme.kind === 'check' && !scheme.asymmetric)) return [];
  const out: SignatureDiagnosis[] = keyProblems.map((p) => ({
    code: 'public-key-invalid' as const,
    message: `The key ${quote(p.label)} is not usable: ${p.problem}.`,
    fix: `Paste the public key from ${whereToFindSecret(ctx.spec.id)}`,
    exact: false,
  }));
  const valid = ctx.secrets.length - keyProblems.length;
  if (valid > 0) {
    out.push({
      code: 'public-key-mismatch',
      message: `${valid === 1 ? 'The key is well-formed, but it did not sign' : 'The keys are well-formed, but none of them signed'} this request (another application's key, or the body/timestamp changed).`,
      fix: `Check that the key belongs to this ${ctx.providerName} application/account.`,
      exact: false,
    });
  }
  return out;
}
