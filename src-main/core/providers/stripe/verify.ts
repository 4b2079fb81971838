// Stripe: `Stripe-Signature: t=<unix>,v1=<hex>[,v1=<hex>…][,v0=<hex>]`, HMAC-SHA256 over
// `<t>.<body>` keyed with the whsec_… string as text (not decoded). Several v1 entries appear while a
// secret is being rolled; any one matching passes. v0 is a test-mode scheme we do not check.
// stripe-node checks the digest first and then rejects only *old* timestamps (300 s).
import { contextFor, hmacScheme, parseKeyValueList, stripKnownLabels } from '../../signatures/provider-kit';
import { timestampRule } from '../../signatures/timestamp';
import type {
  EntryDraft,
  ParsedSignature,
  ReadResult,
  RequestView,
  SignatureVerification,
} from '../../signatures/types';

const SIGNATURE = 'stripe-signature';
const scheme = hmacScheme('sha256', 'hex', '{timestamp}.{body}');

function read(view: RequestView): ReadResult {
  const value = view.headers.get(SIGNATURE);
  if (value === null) return { kind: 'missing', headersTried: ['Stripe-Signature'], warnings: [] };
  const header = view.headers.nameOf(SIGNATURE) ?? 'Stripe-Signature';
  const fields = parseKeyValueList(value, ',');
  const t = fields.find(([k]) => k === 't')?.[1] ?? null;
  const entries: EntryDraft[] = fields
    .filter(([k]) => k !== 't')
    .map(([k, v]) => ({ version: k, value: v, supported: k === 'v1' }));
  const parsed = (ts: string | null, list: EntryDraft[]): ParsedSignature => ({
    kind: 'signature',
    header,
    received: value,
    entries: list,
    scheme,
    format: { id: 'stripe-v1', label: 'Stripe: t=<unix>,v1=<hex> over <t>.<body>' },
    contexts: [contextFor(view, { timestamp: ts })],
    timestamp: timestampRule(ts ?? '', `${header} t=`, { maxAgeSeconds: 300, maxAheadSeconds: null }),
    formatComputed: (d) => `v1=${d}`,
    warnings: [],
  });
  if (t === null || entries.length === 0) {
    return {
      kind: 'malformed',
      header,
      received: value,
      problem: t === null ? 'no t=<timestamp> field' : 'no signature entries',
      fallback: parsed(t, [{ version: 'v1', value: stripKnownLabels(value), supported: true }]),
    };
  }
  return parsed(t, entries);
}

export const detectStripe = (view: RequestView): number => (view.headers.has(SIGNATURE) ? 95 : 0);

export const stripeVerification: SignatureVerification = { read };
