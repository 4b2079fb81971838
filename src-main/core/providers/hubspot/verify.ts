// HubSpot signs webhooks and workflow actions three ways (developers.hubspot.com › Validating
// requests):
//  v3  X-HubSpot-Signature-v3 = base64 HMAC-SHA256(client secret, method + URL + body + timestamp),
//      the URL with HubSpot's listed escapes decoded (decoded-uri.ts),
//      X-HubSpot-Request-Timestamp in milliseconds, rejected when older than 5 minutes;
//  v2  X-HubSpot-Signature = hex SHA-256(client secret + method + URL + body);
//  v1  X-HubSpot-Signature = hex SHA-256(client secret + body).
// v1/v2 are plain hashes, not HMACs. The URL is the one HubSpot called (the public tunnel URL).
import { bareEntry, contextFor, hmacScheme } from '../../signatures/provider-kit';
import { timestampRule } from '../../signatures/timestamp';
import type { ReadResult, RequestView, SignatureVerification } from '../../signatures/types';
import { signingUrl } from '../../signatures/url-candidates';
import { secretPrefixedSha256 } from '../kit/check-schemes';
import { hubspotV3Uri } from './decoded-uri';

const V3 = 'x-hubspot-signature-v3';
const LEGACY = 'x-hubspot-signature';
const VERSION = 'x-hubspot-signature-version';
const TIMESTAMP = 'x-hubspot-request-timestamp';

const v3Scheme = hmacScheme('sha256', 'base64', '{method}{url}{body}{timestamp}');
const v2Scheme = secretPrefixedSha256('{method}{url}{body}');
const v1Scheme = secretPrefixedSha256('{body}');

function read(view: RequestView): ReadResult {
  const url = signingUrl(view);
  const warnings = view.req.publicUrl
    ? []
    : [
        'No public URL configured: HubSpot signs the URL it called (your tunnel URL), so set it for a reliable verdict.',
      ];
  const v3 = view.headers.get(V3);
  if (v3 !== null) {
    const ts = view.headers.get(TIMESTAMP);
    return {
      kind: 'signature',
      header: view.headers.nameOf(V3) ?? 'X-HubSpot-Signature-v3',
      received: v3,
      entries: bareEntry(v3),
      scheme: v3Scheme,
      format: {
        id: 'hubspot-v3',
        label: 'HubSpot v3: base64 HMAC-SHA256 of method + URL (listed escapes decoded) + body + timestamp',
      },
      contexts: [contextFor(view, { url: url === null ? null : hubspotV3Uri(url), timestamp: ts })],
      timestamp: timestampRule(ts ?? '', view.headers.nameOf(TIMESTAMP) ?? 'X-HubSpot-Request-Timestamp', {
        unit: 'ms',
        maxAgeSeconds: 300,
        maxAheadSeconds: null,
      }),
      formatComputed: (d) => d,
      warnings,
    };
  }
  const legacy = view.headers.get(LEGACY);
  if (legacy === null) {
    return { kind: 'missing', headersTried: ['X-HubSpot-Signature-v3', 'X-HubSpot-Signature'], warnings: [] };
  }
  const v2 = (view.headers.get(VERSION) ?? '').trim().toLowerCase() === 'v2';
  return {
    kind: 'signature',
    header: view.headers.nameOf(LEGACY) ?? 'X-HubSpot-Signature',
    received: legacy,
    entries: bareEntry(legacy),
    scheme: v2 ? v2Scheme : v1Scheme,
    format: v2
      ? { id: 'hubspot-v2', label: 'HubSpot v2: hex SHA-256 of secret + method + URL + body' }
      : { id: 'hubspot-v1', label: 'HubSpot v1: hex SHA-256 of secret + body' },
    contexts: [contextFor(view, { url })],
    timestamp: null,
    formatComputed: (d) => d,
    warnings: v2 ? warnings : [],
  };
}

export const detectHubspot = (view: RequestView): number =>
  view.headers.has(V3) || view.headers.has(LEGACY) ? 95 : 0;

export const hubspotVerification: SignatureVerification = { read };
