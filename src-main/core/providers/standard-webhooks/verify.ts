// Standard Webhooks / Svix (Clerk, Resend, GitLab signing tokens): `webhook-id`, `webhook-timestamp`,
// `webhook-signature` (or the svix- spellings); the signature header is a space-separated list of
// `v1,<base64>` entries (v1a = Ed25519, skipped by a symmetric verifier). HMAC-SHA256 over
// `<id>.<timestamp>.<body>` with the *base64-decoded* secret after stripping `whsec_`. ±300 s.
import { contextFor, hmacScheme, stripKnownLabels } from '../../signatures/provider-kit';
import { timestampRule } from '../../signatures/timestamp';
import type {
  EntryDraft,
  ParsedSignature,
  ReadResult,
  RequestView,
  SignatureVerification,
} from '../../signatures/types';

const scheme = hmacScheme('sha256', 'base64', '{id}.{timestamp}.{body}', 'whsec-base64');

function prefixOf(view: RequestView): 'webhook' | 'svix' | null {
  if (view.headers.has('webhook-signature')) return 'webhook';
  if (view.headers.has('svix-signature')) return 'svix';
  if (view.headers.has('webhook-id') && view.headers.has('webhook-timestamp')) return 'webhook';
  if (view.headers.has('svix-id')) return 'svix';
  return null;
}

function read(view: RequestView): ReadResult {
  const prefix = prefixOf(view) ?? 'webhook';
  const value = view.headers.get(`${prefix}-signature`);
  if (value === null)
    return { kind: 'missing', headersTried: ['webhook-signature', 'svix-signature'], warnings: [] };
  const header = view.headers.nameOf(`${prefix}-signature`) ?? `${prefix}-signature`;
  const id = view.headers.get(`${prefix}-id`);
  const ts = view.headers.get(`${prefix}-timestamp`);
  const entries: EntryDraft[] = value
    .split(' ')
    .filter(Boolean)
    .map((item) => {
      const comma = item.indexOf(',');
      const version = comma > 0 ? item.slice(0, comma) : '';
      return { version, value: comma > 0 ? item.slice(comma + 1) : item, supported: version === 'v1' };
    });
  const parsed = (list: EntryDraft[]): ParsedSignature => ({
    kind: 'signature',
    header,
    received: value,
    entries: list,
    scheme,
    format: {
      id: prefix === 'svix' ? 'svix-v1' : 'standard-webhooks-v1',
      label: `${prefix === 'svix' ? 'Svix' : 'Standard Webhooks'}: v1,<base64> over <id>.<timestamp>.<body>`,
    },
    contexts: [contextFor(view, { id, timestamp: ts })],
    timestamp: timestampRule(ts ?? '', view.headers.nameOf(`${prefix}-timestamp`) ?? `${prefix}-timestamp`, {
      maxAgeSeconds: 300,
      maxAheadSeconds: 300,
    }),
    formatComputed: (d) => `v1,${d}`,
    warnings: id === null ? [`${prefix}-id header is missing; it is part of the signed content.`] : [],
  });
  if (entries.every((e) => e.version === '')) {
    return {
      kind: 'malformed',
      header,
      received: value,
      problem: 'expected "v1,<base64>" entries',
      fallback: parsed([{ version: 'v1', value: stripKnownLabels(value), supported: true }]),
    };
  }
  return parsed(entries);
}

export const detectStandardWebhooks = (view: RequestView): number => (prefixOf(view) ? 90 : 0);

export const standardWebhooksVerification: SignatureVerification = {
  read,
};
