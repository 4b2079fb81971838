// Re-signing for providers built with `hmacProvider`: a fresh timestamp (and id) where the scheme
// has one, the template filled in and HMAC'd with node:crypto directly. It reads the template text
// itself rather than the verifier's compiled scheme, so a bug in one cannot hide a bug in the other.
import { headerIn, setHeaders } from '../../replay/resign/header-edit';
import { hmac, keyFrom } from '../../replay/resign/hmac';
import type { Signer } from '../../replay/resign/types';
import type { HmacProviderSpec } from './hmac-provider';

const PLACEHOLDERS = /\{(body|timestamp|id|url|method|header:[^{}]+)\}/g;

/** Timestamp text in the unit the provider sends. */
export function timestampText(nowUnix: number, unit: 's' | 'ms' | 'iso' | undefined): string {
  if (unit === 'ms') return String(Math.round(nowUnix * 1000));
  if (unit === 'iso') return new Date(nowUnix * 1000).toISOString();
  return String(Math.floor(nowUnix));
}

/** Fill a template: the body stays bytes, everything else is text. */
export function fillTemplate(
  template: string,
  values: { body: Buffer; timestamp: string; id: string; url: string; method: string },
  headers: readonly [string, string][],
): (string | Buffer)[] {
  const out: (string | Buffer)[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDERS)) {
    if (m.index > last) out.push(template.slice(last, m.index));
    const key = m[1] ?? '';
    out.push(
      key.startsWith('header:')
        ? (headerIn(headers, key.slice(7).trim()) ?? '')
        : values[key as keyof typeof values],
    );
    last = m.index + m[0].length;
  }
  if (last < template.length) out.push(template.slice(last));
  return out;
}

export function templateSigner(spec: HmacProviderSpec): Signer {
  return (req, ctx) => {
    const key = keyFrom(ctx.secret, spec.key ?? 'raw');
    if (!key) return { problem: `the ${spec.name} secret cannot be decoded as ${spec.key ?? 'text'}` };
    const updates: [string, string][] = [];
    const ts = spec.timestamp ? timestampText(ctx.nowUnix, spec.timestamp.unit) : '';
    if (spec.timestamp?.header) updates.push([spec.timestamp.header, ts]);
    let id = '';
    if (spec.idHeader) {
      id = headerIn(req.headers, spec.idHeader) ?? ctx.newId();
      updates.push([spec.idHeader, id]);
    }
    const signedUrl = ctx.signingUrl ?? req.url;
    const withUpdates = setHeaders(req.headers, updates).headers;
    const parts = fillTemplate(
      spec.template,
      { body: req.body, timestamp: ts, id, url: signedUrl, method: req.method.toUpperCase() },
      withUpdates,
    );
    const layout = spec.layout;
    const valueWith = (keyBytes: Buffer): string => {
      const digest = hmac(spec.algorithm, keyBytes, ...parts).toString(spec.encoding);
      return layout.kind === 'list'
        ? [
            ...(layout.timestampKey ? [`${layout.timestampKey}=${ts}`] : []),
            `${layout.signatureKey}=${digest}`,
          ].join(layout.separator ?? ',')
        : `${layout.prefix ?? ''}${digest}`;
    };
    if (spec.signsEveryHeader) {
      const nextKey = ctx.nextSecret === undefined ? key : keyFrom(ctx.nextSecret, spec.key ?? 'raw');
      if (!nextKey)
        return { problem: `the second ${spec.name} secret cannot be decoded as ${spec.key ?? 'text'}` };
      spec.headers.forEach((h, i) => updates.push([h, valueWith(i === 0 ? key : nextKey)]));
    } else {
      const existing = spec.headers.find((h) => headerIn(req.headers, h) !== null) ?? spec.headers[0];
      updates.push([existing, valueWith(key)]);
    }
    const { headers, names } = setHeaders(req.headers, updates);
    return {
      headers,
      url: req.url,
      headersSet: names,
      timestamp: spec.timestamp ? Math.floor(ctx.nowUnix) : null,
      signedUrl: spec.template.includes('{url}') ? signedUrl : null,
    };
  };
}
