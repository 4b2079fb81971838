// Mailgun: the signature travels in the body — JSON `signature: {timestamp, token, signature}`
// (current webhooks) or the form fields of the same names (legacy) — as hex HMAC-SHA256 keyed with
// the HTTP webhook signing key over `<timestamp><token>` (documentation.mailgun.com › Securing
// webhooks). The payload itself is not signed.
import { contextFor, isRecord, smallJson } from '../../signatures/provider-kit';
import { concatContent } from '../../signatures/signed-content';
import { timestampRule } from '../../signatures/timestamp';
import type { HmacScheme, ReadResult, RequestView, SignatureVerification } from '../../signatures/types';

interface BodySignature {
  timestamp: string;
  token: string;
  signature: string;
  source: 'json' | 'form';
}

const scheme: HmacScheme = {
  kind: 'hmac',
  algorithm: 'sha256',
  encoding: 'hex',
  keyDerivation: 'raw',
  template: '{signature.timestamp}{signature.token} (from the body; the payload is not signed)',
  content: (_body, ctx) => concatContent(ctx.timestamp ?? '', ctx.id ?? ''),
};

function isForm(view: RequestView): boolean {
  return (view.headers.get('content-type') ?? '').toLowerCase().includes('application/x-www-form-urlencoded');
}

function bodySignature(view: RequestView): BodySignature | null {
  const body = view.req.body;
  if (isForm(view)) {
    if (!body.includes('signature=') || !body.includes('token=')) return null;
    const form = new URLSearchParams(body.toString('utf8'));
    const [timestamp, token, signature] = ['timestamp', 'token', 'signature'].map((k) => form.get(k));
    return timestamp && token && signature ? { timestamp, token, signature, source: 'form' } : null;
  }
  if (!body.subarray(0, 4096).includes('"signature"') || !body.includes('"token"')) return null;
  const json = smallJson(body, 4 * 1024 * 1024);
  const sig = isRecord(json) ? json.signature : undefined;
  if (!isRecord(sig)) return null;
  const { timestamp, token, signature } = sig;
  return typeof token === 'string' &&
    typeof signature === 'string' &&
    (typeof timestamp === 'string' || typeof timestamp === 'number')
    ? { timestamp: String(timestamp), token, signature, source: 'json' }
    : null;
}

function read(view: RequestView): ReadResult {
  const found = bodySignature(view);
  if (!found)
    return { kind: 'missing', headersTried: ['body: signature.timestamp / token / signature'], warnings: [] };
  const where = found.source === 'json' ? 'body: signature.signature' : 'form field signature';
  return {
    kind: 'signature',
    header: where,
    received: found.signature,
    entries: [{ version: '', value: found.signature, supported: true }],
    scheme,
    format: { id: 'mailgun', label: 'Mailgun: hex HMAC-SHA256 of timestamp + token from the body' },
    contexts: [contextFor(view, { timestamp: found.timestamp, id: found.token })],
    timestamp: timestampRule(
      found.timestamp,
      found.source === 'json' ? 'body: signature.timestamp' : 'form field timestamp',
      {
        maxAgeSeconds: null,
        maxAheadSeconds: null,
      },
    ),
    formatComputed: (d) => d,
    warnings: [
      'Mailgun signs only the timestamp and token, not the payload: a matching signature does not prove the event data is unaltered.',
    ],
  };
}

/** Only the start of the body is looked at, so detection stays cheap on large deliveries. */
export function detectMailgun(view: RequestView): number {
  const head = view.req.body.subarray(0, 4096);
  if (isForm(view))
    return head.includes('signature=') && head.includes('token=') && head.includes('timestamp=') ? 70 : 0;
  return head.includes('"signature"') && head.includes('"token"') && view.req.body.includes('"event-data"')
    ? 90
    : 0;
}

export const mailgunVerification: SignatureVerification = { read };
