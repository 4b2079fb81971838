// Contentful webhooks with request verification: `x-contentful-signature` = hex HMAC-SHA256 keyed
// with the signing secret over the canonical request (canonical.ts), naming the signed headers in
// x-contentful-signed-headers; x-contentful-timestamp (ms) is among them and requests older than
// 30 s are rejected by Contentful's toolkit (contentful.com › Webhooks › Request verification).
import { bareEntry, contextFor } from '../../signatures/provider-kit';
import { concatContent } from '../../signatures/signed-content';
import { timestampRule } from '../../signatures/timestamp';
import type { HmacScheme, ReadResult, RequestView, SignatureVerification } from '../../signatures/types';
import { contentfulHeaderLine, contentfulPath } from './canonical';

const SIGNATURE = 'x-contentful-signature';
const SIGNED_HEADERS = 'x-contentful-signed-headers';
const TIMESTAMP = 'x-contentful-timestamp';

function schemeFor(view: RequestView, signedHeaders: string[]): HmacScheme {
  return {
    kind: 'hmac',
    algorithm: 'sha256',
    encoding: 'hex',
    keyDerivation: 'raw',
    template: '{method}\\n{path}\\n{signed headers as name:value;…}\\n{body}',
    content: (body, ctx) =>
      concatContent(
        `${ctx.method}\n${contentfulPath(view.req.path)}\n${contentfulHeaderLine(signedHeaders, (n) => ctx.header?.(n) ?? null)}\n`,
        body,
      ),
  };
}

function read(view: RequestView): ReadResult {
  const value = view.headers.get(SIGNATURE);
  if (value === null) return { kind: 'missing', headersTried: ['x-contentful-signature'], warnings: [] };
  const listed = (view.headers.get(SIGNED_HEADERS) ?? '').split(',').filter((n) => n.trim());
  const ts = view.headers.get(TIMESTAMP);
  const parsed = {
    kind: 'signature' as const,
    header: view.headers.nameOf(SIGNATURE) ?? 'x-contentful-signature',
    received: value,
    entries: bareEntry(value),
    scheme: schemeFor(view, listed),
    format: { id: 'contentful', label: 'Contentful: hex HMAC-SHA256 of the canonical request' },
    contexts: [contextFor(view, { timestamp: ts })],
    timestamp: timestampRule(ts ?? '', view.headers.nameOf(TIMESTAMP) ?? 'x-contentful-timestamp', {
      unit: 'ms',
      maxAgeSeconds: 30,
      maxAheadSeconds: null,
    }),
    formatComputed: (d: string) => d,
    warnings: [] as string[],
  };
  if (listed.length === 0) {
    return {
      kind: 'malformed',
      header: parsed.header,
      received: value,
      problem: 'x-contentful-signed-headers is missing or empty',
      fallback: parsed,
    };
  }
  return parsed;
}

export const detectContentful = (view: RequestView): number =>
  view.headers.has(SIGNATURE) || view.headers.has('x-contentful-topic') ? 95 : 0;

export const contentfulVerification: SignatureVerification = { read };
