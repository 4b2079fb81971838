// Paddle Billing: `Paddle-Signature: ts=<unix>;h1=<hex>[;h1=<hex>…]`, HMAC-SHA256 over `<ts>:<body>`
// (colon, not dot) with the destination secret as text. The SDK rejects deliveries older than 5 s,
// which is why inspecting later fails: judged at capture time here.
import { contextFor, hmacScheme, parseKeyValueList, stripKnownLabels } from '../../signatures/provider-kit';
import { timestampRule } from '../../signatures/timestamp';
import type {
  EntryDraft,
  ParsedSignature,
  ReadResult,
  RequestView,
  SignatureVerification,
} from '../../signatures/types';

const SIGNATURE = 'paddle-signature';
const scheme = hmacScheme('sha256', 'hex', '{timestamp}:{body}');

function read(view: RequestView): ReadResult {
  const value = view.headers.get(SIGNATURE);
  if (value === null) return { kind: 'missing', headersTried: ['Paddle-Signature'], warnings: [] };
  const header = view.headers.nameOf(SIGNATURE) ?? 'Paddle-Signature';
  const fields = parseKeyValueList(value, ';');
  const ts = fields.find(([k]) => k === 'ts')?.[1] ?? null;
  const entries: EntryDraft[] = fields
    .filter(([k]) => k !== 'ts')
    .map(([k, v]) => ({ version: k, value: v, supported: k === 'h1' }));
  const parsed = (list: EntryDraft[]): ParsedSignature => ({
    kind: 'signature',
    header,
    received: value,
    entries: list,
    scheme,
    format: { id: 'paddle-h1', label: 'Paddle Billing: ts=<unix>;h1=<hex> over <ts>:<body>' },
    contexts: [contextFor(view, { timestamp: ts })],
    timestamp: timestampRule(ts ?? '', `${header} ts=`, { maxAgeSeconds: 5, maxAheadSeconds: null }),
    formatComputed: (d) => `h1=${d}`,
    warnings: [],
  });
  if (ts === null || entries.length === 0) {
    return {
      kind: 'malformed',
      header,
      received: value,
      problem: ts === null ? 'no ts=<timestamp> field' : 'no h1 entries',
      fallback: parsed([{ version: 'h1', value: stripKnownLabels(value), supported: true }]),
    };
  }
  return parsed(entries);
}

export const detectPaddle = (view: RequestView): number => (view.headers.has(SIGNATURE) ? 95 : 0);

export const paddleVerification: SignatureVerification = {
  read,
};
