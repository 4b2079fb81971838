// Header-side probes: the right digest in the wrong shape (encoding, case, algorithm label, extra
// labels), a header altered in transit, or only the legacy header matching.
import type { SignatureDiagnosis } from '@shared/signature-types';
import { algorithmLabel, deriveKey, hmacRaw } from '../crypto-utils';
import { headerView, withHeader } from '../headers';
import { stripKnownLabels } from '../provider-kit';
import type { HashAlgorithm, HmacScheme } from '../types';
import { verifyParsed } from '../verify';
import type { Probe } from './context';

function hmacKeys(ctx: Parameters<Probe>[0], scheme: HmacScheme): { label: string; key: Buffer }[] {
  const out: { label: string; key: Buffer }[] = [];
  for (const s of ctx.secrets) {
    const key = deriveKey(s.value, scheme.keyDerivation);
    if (key) out.push({ label: s.label, key });
  }
  return out;
}

export const encodingProbe: Probe = (ctx) => {
  const scheme = ctx.parsed.scheme;
  if (scheme.kind !== 'hmac') return [];
  const content = scheme.content(
    ctx.view.req.body,
    ctx.parsed.contexts[0] ?? { timestamp: null, id: null, url: null, method: 'POST' },
  );
  for (const { key } of hmacKeys(ctx, scheme)) {
    const raw = hmacRaw(scheme.algorithm, key, content);
    const forms: { value: string; code: 'uppercase-hex' | 'encoding-mismatch'; what: string }[] = [
      { value: raw.toString('hex').toUpperCase(), code: 'uppercase-hex', what: 'uppercase hex' },
      { value: raw.toString('hex'), code: 'encoding-mismatch', what: 'hex' },
      { value: raw.toString('base64'), code: 'encoding-mismatch', what: 'base64' },
      { value: raw.toString('base64url'), code: 'encoding-mismatch', what: 'base64url' },
      {
        value: raw.toString('base64').replace(/=+$/, ''),
        code: 'encoding-mismatch',
        what: 'unpadded base64',
      },
    ];
    for (const entry of ctx.parsed.entries) {
      for (const f of forms) {
        if (f.what === scheme.encoding) continue;
        if (entry.value.trim() !== f.value) continue;
        const expected = scheme.encoding === 'hex' ? 'lowercase hex' : scheme.encoding;
        return [
          {
            code: f.code,
            message:
              f.code === 'uppercase-hex'
                ? 'The header carries the right digest in uppercase hex; a strict (case-sensitive) comparison rejects it.'
                : `The header carries the right digest as ${f.what}, but ${ctx.providerName} uses ${expected}: hex vs base64 mix-up.`,
            fix:
              f.code === 'uppercase-hex'
                ? 'Lowercase the header value (or compare decoded bytes) before the constant-time comparison.'
                : `Encode your computed digest as ${expected} (or decode both to bytes) before comparing.`,
            exact: true,
          },
        ];
      }
    }
  }
  return [];
};

export const headerManglingProbe: Probe = (ctx) => {
  const view = ctx.view;
  const name = ctx.parsed.header;
  const all = view.headers.all(name);
  const value = ctx.parsed.received;
  const variants: { value: string; why: string }[] = [];
  const push = (v: string, why: string) => {
    if (v !== value && !variants.some((x) => x.value === v)) variants.push({ value: v, why });
  };
  if (value.includes(' '))
    push(value.replace(/ /g, '+'), 'spaces where the base64 had "+" (URL-decoding turned + into space)');
  if (/%[0-9A-Fa-f]{2}/.test(value)) {
    try {
      push(decodeURIComponent(value), 'percent-encoded (%2B, %3D…)');
    } catch {
      /* not decodable: skip */
    }
  }
  const unquoted = value.replace(/^\s*["']|["']\s*$/g, '');
  push(unquoted, 'wrapped in quotes');
  push(value.trim(), 'surrounded by whitespace');
  for (const part of value.split(/,\s+/))
    if (part !== value) push(part, 'joined with another copy of the header (comma-separated)');
  for (const other of all.slice(1)) push(other, 'duplicated; the first copy was used');
  for (const v of variants) {
    if (!ctx.budgetLeft()) break;
    const headers = withHeader(view.req.headers, name, v.value);
    const altered = ctx.spec.read({ ...view, req: { ...view.req, headers }, headers: headerView(headers) });
    const parsed =
      altered.kind === 'signature' ? altered : altered.kind === 'malformed' ? altered.fallback : null;
    if (!parsed) continue;
    if (verifyParsed(parsed, view.req.body, ctx.secrets).match) {
      return [
        {
          code: 'header-mangled',
          message: `The ${name} header was altered in transit: ${v.why}. The unaltered value matches.`,
          fix: 'Read the header exactly as sent; fix the proxy or framework that rewrites it.',
          exact: true,
        },
      ];
    }
  }
  return [];
};

export const algorithmProbe: Probe = (ctx) => {
  const scheme = ctx.parsed.scheme;
  if (scheme.kind !== 'hmac') return [];
  const content = scheme.content(
    ctx.view.req.body,
    ctx.parsed.contexts[0] ?? { timestamp: null, id: null, url: null, method: 'POST' },
  );
  const algorithms: HashAlgorithm[] = ctx.plausibleAlgorithms().filter((a) => a !== scheme.algorithm);
  for (const alg of algorithms) {
    for (const { key } of hmacKeys(ctx, scheme)) {
      if (ctx.rawMatches(alg, key, content)) {
        const label = /^(sha\d+)=/i.exec(ctx.parsed.received)?.[1]?.toLowerCase();
        return [
          {
            code: 'algorithm-mismatch',
            message:
              label === alg
                ? `${ctx.parsed.header} carries an ${algorithmLabel(alg)} digest labelled ${label}=, but this header must carry ${algorithmLabel(scheme.algorithm)}: a weaker algorithm than the header promises is never accepted.`
                : label
                  ? `The digest is ${algorithmLabel(alg)} although the label says ${label}= (${ctx.providerName} expects ${algorithmLabel(scheme.algorithm)}).`
                  : `The digest is ${algorithmLabel(alg)}, but ${ctx.providerName} signs with ${algorithmLabel(scheme.algorithm)}.`,
            fix:
              label === alg
                ? `Have the sender put an ${algorithmLabel(scheme.algorithm)} digest in ${ctx.parsed.header} (${scheme.algorithm}=<hex>); never accept the label's algorithm in its place.`
                : `Use ${algorithmLabel(alg)} to match this sender, or check the provider preset (Bitbucket puts SHA-256 in X-Hub-Signature).`,
            exact: true,
          },
        ];
      }
    }
  }
  return [];
};

export const legacyHeaderProbe: Probe = (ctx) => {
  const legacy = ctx.parsed.legacy;
  if (!legacy) return [];
  const match = verifyParsed(legacy, ctx.view.req.body, ctx.secrets).match;
  if (!match) return [];
  return [
    {
      code: 'legacy-header',
      message: `${ctx.parsed.header} does not match, but the legacy ${legacy.header} (${legacy.scheme.kind === 'hmac' ? algorithmLabel(legacy.scheme.algorithm) : legacy.scheme.kind}) does with the secret "${match.label}".`,
      fix: `Something rewrote ${ctx.parsed.header} or the body differs per header; verify the stronger ${ctx.parsed.header} and find what altered it.`,
      exact: true,
    },
  ];
};

/** Run on malformed headers: strip every known label ("v1,", "sha256=", "t=…,") and retry. */
export const compoundPrefixProbe: Probe = (ctx) => {
  const stripped = stripKnownLabels(ctx.parsed.received);
  if (stripped === ctx.parsed.received.trim()) return [];
  const match = ctx.reproduce({ entries: [{ version: '', value: stripped, supported: true }] });
  if (!match) return [];
  const prefix = ctx.parsed.received.trim().slice(0, ctx.parsed.received.trim().length - stripped.length);
  const diag: SignatureDiagnosis = {
    code: 'compound-prefix',
    message: `The header value starts with "${prefix}", not the label ${ctx.providerName} documents; the digest after it matches.`,
    fix: `Strip the whole "${prefix}" prefix before comparing (stripping only "sha256=" leaves "v1," in front and rejects every event).`,
    exact: true,
  };
  return [diag];
};
