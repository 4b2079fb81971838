// Square: `x-square-hmacsha256-signature` = base64 HMAC-SHA256 over notificationUrl + body, keyed with
// the subscription signature key as text (it looks base64url; it is not decoded). The legacy
// `x-square-signature` is HMAC-SHA1 of the same content. The URL must be byte-identical to the
// subscription URL, so the public URL is used.
import { bareEntry, contextFor, hmacScheme } from '../../signatures/provider-kit';
import type { ParsedSignature, ReadResult, RequestView, SignatureVerification } from '../../signatures/types';
import { signingUrl } from '../../signatures/url-candidates';

const HEADER_256 = 'x-square-hmacsha256-signature';
const HEADER_LEGACY = 'x-square-signature';

function parse(view: RequestView, header: string, legacy: boolean): ParsedSignature {
  const value = view.headers.get(header) ?? '';
  const url = signingUrl(view);
  return {
    kind: 'signature',
    header: view.headers.nameOf(header) ?? header,
    received: value,
    entries: bareEntry(value),
    scheme: hmacScheme(legacy ? 'sha1' : 'sha256', 'base64', '{url}{body}'),
    format: legacy
      ? { id: 'square-sha1-legacy', label: 'Square legacy: base64 HMAC-SHA1 of URL + body' }
      : { id: 'square-sha256', label: 'Square: base64 HMAC-SHA256 of notification URL + body' },
    contexts: [contextFor(view, { url })],
    timestamp: null,
    formatComputed: (d) => d,
    warnings: view.req.publicUrl
      ? []
      : [
          'No public URL configured: Square signs the notification URL it called, so set it for a reliable verdict.',
        ],
  };
}

function read(view: RequestView): ReadResult {
  const has256 = view.headers.has(HEADER_256);
  const hasLegacy = view.headers.has(HEADER_LEGACY);
  if (!has256 && !hasLegacy) {
    return {
      kind: 'missing',
      headersTried: ['x-square-hmacsha256-signature', 'x-square-signature'],
      warnings: [],
    };
  }
  if (!has256) {
    const only = parse(view, HEADER_LEGACY, true);
    only.warnings.push('Only the legacy SHA-1 header is present; prefer x-square-hmacsha256-signature.');
    return only;
  }
  const primary = parse(view, HEADER_256, false);
  if (hasLegacy) primary.legacy = parse(view, HEADER_LEGACY, true);
  return primary;
}

export const detectSquare = (view: RequestView): number =>
  view.headers.has(HEADER_256) || view.headers.has(HEADER_LEGACY) ? 95 : 0;

export const squareVerification: SignatureVerification = {
  read,
};
