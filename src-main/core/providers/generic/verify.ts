// A user-configured HMAC preset for senders Hookscope does not know: header, algorithm, encoding,
// prefix, signed-content template ({body} {timestamp} {id} {url} {method} {header:Name}), timestamp
// header and tolerance, and how the secret becomes key bytes.
import type { GenericHmacConfig } from '@shared/signature-types';
import { bareEntry, contextFor, hmacScheme } from '../../signatures/provider-kit';
import { timestampRule } from '../../signatures/timestamp';
import type { ReadResult, RequestView, SignatureVerification } from '../../signatures/types';
import { signingUrl } from '../../signatures/url-candidates';

function read(view: RequestView): ReadResult {
  const config: GenericHmacConfig | undefined = view.req.generic;
  if (!config)
    return {
      kind: 'missing',
      headersTried: [],
      warnings: ['Generic HMAC needs a configuration (header, algorithm, encoding).'],
    };
  const value = view.headers.get(config.header);
  if (value === null) return { kind: 'missing', headersTried: [config.header], warnings: [] };
  const header = view.headers.nameOf(config.header) ?? config.header;
  const prefix = config.prefix ?? '';
  const template = config.template ?? '{body}';
  const ts = config.timestampHeader ? view.headers.get(config.timestampHeader) : null;
  const id = config.idHeader ? view.headers.get(config.idHeader) : null;
  const parsedDigest = prefix && value.startsWith(prefix) ? value.slice(prefix.length) : value;
  const parsed = {
    kind: 'signature' as const,
    header,
    received: value,
    entries: bareEntry(parsedDigest),
    scheme: hmacScheme(config.algorithm, config.encoding, template, config.keyEncoding ?? 'raw'),
    format: {
      id: 'generic-hmac',
      label: `Generic HMAC-${config.algorithm.toUpperCase()} ${config.encoding} over ${template}`,
    },
    contexts: [
      contextFor(view, {
        timestamp: ts,
        id,
        url: template.includes('{url}') ? signingUrl(view) : view.req.url,
      }),
    ],
    timestamp:
      config.timestampHeader !== undefined
        ? timestampRule(ts ?? '', config.timestampHeader, {
            maxAgeSeconds: config.toleranceSeconds ?? null,
            maxAheadSeconds: config.toleranceSeconds ?? null,
            signed: template.includes('{timestamp}'),
          })
        : null,
    formatComputed: (d: string) => prefix + d,
    warnings: [] as string[],
  };
  if (prefix && !value.startsWith(prefix)) {
    return {
      kind: 'malformed',
      header,
      received: value,
      problem: `expected the prefix "${prefix}"`,
      fallback: parsed,
    };
  }
  return parsed;
}

export const detectGenericHmac = (view: RequestView): number =>
  view.req.generic && view.headers.has(view.req.generic.header) ? 40 : 0;

export const genericHmacVerification: SignatureVerification = {
  read,
};
