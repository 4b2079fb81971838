// Slack: `X-Slack-Signature: v0=<hex>` over `v0:<X-Slack-Request-Timestamp>:<body>`, keyed with the
// Signing Secret as text; ±300 s. The url_verification request is a handshake (echo `challenge`).
import type { HandshakeInfo } from '../../../shared/signature-types';
import { contextFor, hmacScheme, isRecord, smallJson, splitLabel, stripKnownLabels } from '../provider-kit';
import { timestampRule } from '../timestamp';
import type { ParsedSignature, ProviderSpec, ReadResult, RequestView } from '../types';

const SIGNATURE = 'x-slack-signature';
const TIMESTAMP = 'x-slack-request-timestamp';
const scheme = hmacScheme('sha256', 'hex', 'v0:{timestamp}:{body}');

function read(view: RequestView): ReadResult {
  const value = view.headers.get(SIGNATURE);
  if (value === null) return { kind: 'missing', headersTried: ['X-Slack-Signature'], warnings: [] };
  const header = view.headers.nameOf(SIGNATURE) ?? 'X-Slack-Signature';
  const ts = view.headers.get(TIMESTAMP);
  const labelled = splitLabel(value);
  const parsed = (digest: string): ParsedSignature => ({
    kind: 'signature',
    header,
    received: value,
    entries: [{ version: 'v0', value: digest, supported: true }],
    scheme,
    format: { id: 'slack-v0', label: 'Slack: v0=<hex> over v0:<timestamp>:<body>' },
    contexts: [contextFor(view, { timestamp: ts })],
    timestamp: timestampRule(ts ?? '', view.headers.nameOf(TIMESTAMP) ?? 'X-Slack-Request-Timestamp', {
      maxAgeSeconds: 300,
      maxAheadSeconds: 300,
    }),
    formatComputed: (d) => `v0=${d}`,
    warnings: [],
  });
  if (!labelled || labelled.label !== 'v0') {
    return {
      kind: 'malformed',
      header,
      received: value,
      problem: 'expected "v0=<hex>"',
      fallback: parsed(stripKnownLabels(value)),
    };
  }
  return parsed(labelled.digest);
}

function handshake(view: RequestView): HandshakeInfo | null {
  const json = smallJson(view.req.body, 16 * 1024);
  if (!isRecord(json) || json.type !== 'url_verification' || typeof json.challenge !== 'string') return null;
  return {
    kind: 'slack-url-verification',
    note: 'Slack url_verification: answer 200 with the challenge value (plain text or {"challenge": …}).',
    expectedResponse: { status: 200, contentType: 'text/plain', body: json.challenge },
  };
}

export const slackProvider: ProviderSpec = {
  id: 'slack',
  detect: (view) => (view.headers.has(SIGNATURE) || view.headers.has(TIMESTAMP) ? 95 : 0),
  handshake,
  read,
};
