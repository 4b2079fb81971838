// Linear: `Linear-Signature: <hex>` HMAC-SHA256 of the body with the webhook signing secret as
// text. The timestamp lives *inside* the body (`webhookTimestamp`, milliseconds); the SDK rejects
// anything more than 60 s off in either direction.
import { bareEntry, contextFor, hmacScheme, isRecord, smallJson } from '../../signatures/provider-kit';
import { timestampRule } from '../../signatures/timestamp';
import type { ReadResult, RequestView, SignatureVerification, TimestampRule } from '../../signatures/types';

const SIGNATURE = 'linear-signature';
const scheme = hmacScheme('sha256', 'hex', '{body}');

function bodyTimestamp(view: RequestView): TimestampRule | null {
  // Cheap pre-check before parsing: most bodies are small, but do not parse megabytes for one field.
  if (!view.req.body.includes('webhookTimestamp')) return null;
  const json = smallJson(view.req.body, 4 * 1024 * 1024);
  if (!isRecord(json)) return null;
  const ts = json.webhookTimestamp;
  if (typeof ts !== 'number' && typeof ts !== 'string') return null;
  return timestampRule(String(ts), 'body:webhookTimestamp', {
    maxAgeSeconds: 60,
    maxAheadSeconds: 60,
    unit: 'ms',
  });
}

function read(view: RequestView): ReadResult {
  const value = view.headers.get(SIGNATURE);
  if (value === null) return { kind: 'missing', headersTried: ['Linear-Signature'], warnings: [] };
  const timestamp = bodyTimestamp(view);
  return {
    kind: 'signature',
    header: view.headers.nameOf(SIGNATURE) ?? 'Linear-Signature',
    received: value,
    entries: bareEntry(value),
    scheme,
    format: {
      id: 'linear-hex',
      label: 'Linear: hex HMAC-SHA256 of the body; webhookTimestamp (ms) in the body',
    },
    contexts: [contextFor(view)],
    timestamp,
    formatComputed: (d) => d,
    warnings: timestamp ? [] : ['No webhookTimestamp in the body: the replay window cannot be checked.'],
  };
}

export const detectLinear = (view: RequestView): number =>
  view.headers.has(SIGNATURE) || view.headers.has('linear-delivery') || view.headers.has('linear-event')
    ? 95
    : 0;

export const linearVerification: SignatureVerification = {
  read,
};
