// Sendsar (seed 003): `X-Webhook-Signature: sha256=<hex>`, HMAC-SHA256 of the raw body keyed with the
// whsec_… string *as text, prefix included*. It looks like a Standard Webhooks secret but is not
// decoded; the diagnosis tells the two apart when someone mixes them up.
import {
  bareEntry,
  contextFor,
  hmacScheme,
  splitLabel,
  stripKnownLabels,
} from '../../signatures/provider-kit';
import type { ParsedSignature, ReadResult, RequestView, SignatureVerification } from '../../signatures/types';

const SIGNATURE = 'x-webhook-signature';
const scheme = hmacScheme('sha256', 'hex', '{body}');

function read(view: RequestView): ReadResult {
  const value = view.headers.get(SIGNATURE);
  if (value === null) return { kind: 'missing', headersTried: ['X-Webhook-Signature'], warnings: [] };
  const header = view.headers.nameOf(SIGNATURE) ?? 'X-Webhook-Signature';
  const labelled = splitLabel(value);
  const parsed = (digest: string): ParsedSignature => ({
    kind: 'signature',
    header,
    received: value,
    entries: bareEntry(digest),
    scheme,
    format: {
      id: 'sendsar-sha256',
      label: 'Sendsar: sha256=<hex> over the body, whsec_ secret used as text',
    },
    contexts: [contextFor(view)],
    timestamp: null,
    formatComputed: (d) => `sha256=${d}`,
    warnings: [],
  });
  if (!labelled || labelled.label !== 'sha256') {
    return {
      kind: 'malformed',
      header,
      received: value,
      problem: 'expected "sha256=<hex>"',
      fallback: parsed(stripKnownLabels(value)),
    };
  }
  return parsed(labelled.digest);
}

// The header name is generic, so claim it with moderate confidence only.
export const detectSendsar = (view: RequestView): number => (view.headers.has(SIGNATURE) ? 50 : 0);

export const sendsarVerification: SignatureVerification = {
  read,
};
