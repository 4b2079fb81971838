// WaSphere sends one of two formats, and its own documentation disagrees with its code:
//  - seed guide: `sha256=<hex>` over the body; X-WaSphere-Timestamp is only window-checked (±300 s),
//    not signed, so a replay with a refreshed timestamp header would pass;
//  - real deliveries: `v1,sha256=<hex>` over `<timestamp>.<body>`.
// The header prefix selects the format; the report says which one matched.
import { contextFor, hmacScheme, stripKnownLabels } from '../../signatures/provider-kit';
import { timestampRule } from '../../signatures/timestamp';
import type { ParsedSignature, ReadResult, RequestView, SignatureVerification } from '../../signatures/types';

const SIGNATURE = 'x-wasphere-signature';
const TIMESTAMP = 'x-wasphere-timestamp';
const WINDOW = { maxAgeSeconds: 300, maxAheadSeconds: 300 };

const seedScheme = hmacScheme('sha256', 'hex', '{body}');
const v1Scheme = hmacScheme('sha256', 'hex', '{timestamp}.{body}');

function read(view: RequestView): ReadResult {
  const value = view.headers.get(SIGNATURE);
  if (value === null) return { kind: 'missing', headersTried: ['X-WaSphere-Signature'], warnings: [] };
  const header = view.headers.nameOf(SIGNATURE) ?? 'X-WaSphere-Signature';
  const tsRaw = view.headers.get(TIMESTAMP);
  const tsName = view.headers.nameOf(TIMESTAMP) ?? 'X-WaSphere-Timestamp';
  const trimmed = value.trim();
  const isV1 = /^v1,sha256=/i.test(trimmed);
  const isSeed = !isV1 && /^sha256=/i.test(trimmed);
  const digest = stripKnownLabels(trimmed);

  const parsed = (v1: boolean): ParsedSignature => ({
    kind: 'signature',
    header,
    received: value,
    entries: [{ version: v1 ? 'v1' : 'sha256', value: digest, supported: true }],
    scheme: v1 ? v1Scheme : seedScheme,
    format: v1
      ? { id: 'wasphere-v1', label: 'WaSphere v1 (real deliveries): v1,sha256=<hex> over <timestamp>.<body>' }
      : {
          id: 'wasphere-seed',
          label: 'WaSphere seed guide: sha256=<hex> over the body, timestamp not signed',
        },
    contexts: [contextFor(view, { timestamp: tsRaw })],
    timestamp: timestampRule(tsRaw ?? '', tsName, { ...WINDOW, signed: v1 }),
    formatComputed: (d) => (v1 ? `v1,sha256=${d}` : `sha256=${d}`),
    warnings: v1
      ? [
          'Real WaSphere deliveries sign <timestamp>.<body> with a "v1,sha256=" prefix; a verifier written from the guide (strip "sha256=", hash the body) rejects every one of them.',
        ]
      : [
          'Seed format: X-WaSphere-Timestamp is not covered by the signature, so the ±300 s window does not stop a replay that refreshes the header.',
        ],
  });

  if (isV1 || isSeed) return parsed(isV1);
  return {
    kind: 'malformed',
    header,
    received: value,
    problem: 'expected "sha256=<hex>" (guide) or "v1,sha256=<hex>" (deliveries)',
    fallback: parsed(false),
  };
}

export const detectWasphere = (view: RequestView): number =>
  view.headers.has(SIGNATURE) || view.headers.has(TIMESTAMP) || view.headers.has('x-wasphere-event') ? 95 : 0;

export const wasphereVerification: SignatureVerification = {
  read,
};
