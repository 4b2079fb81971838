// The user's own HMAC preset (settings.genericHmac): the same template placeholders the verifier
// understands ({body} {timestamp} {id} {url} {method} {header:Name}), with a fresh timestamp when one
// is signed.
import { setHeaders, headerIn } from '../../replay/resign/header-edit';
import { hmac, keyFrom } from '../../replay/resign/hmac';
import type { Signer } from '../../replay/resign/types';

export const genericSigner: Signer = (req, ctx) => {
  const config = ctx.generic;
  if (!config) return { problem: 'configure the generic HMAC preset (header, algorithm, encoding) first' };
  const template = config.template ?? '{body}';
  const key = keyFrom(ctx.secret, config.keyEncoding ?? 'raw');
  if (!key) return { problem: `the secret cannot be decoded as ${config.keyEncoding ?? 'raw'}` };
  const updates: [string, string][] = [];
  let timestamp: number | null = null;
  if (config.timestampHeader) {
    timestamp = ctx.nowUnix;
    updates.push([config.timestampHeader, String(timestamp)]);
  } else if (template.includes('{timestamp}')) {
    return { problem: 'the template signs {timestamp} but no timestamp header is configured' };
  }
  let id: string | null = null;
  if (template.includes('{id}')) {
    if (!config.idHeader) return { problem: 'the template signs {id} but no id header is configured' };
    id = headerIn(req.headers, config.idHeader) ?? ctx.newId();
    updates.push([config.idHeader, id]);
  }
  const signedUrl = ctx.signingUrl ?? req.url;
  const values: Record<string, string | Buffer> = {
    body: req.body,
    timestamp: timestamp === null ? '' : String(timestamp),
    id: id ?? '',
    url: signedUrl,
    method: req.method.toUpperCase(),
  };
  const withStamp = setHeaders(req.headers, updates).headers;
  const parts = template.split(/(\{(?:body|timestamp|id|url|method|header:[^{}]+)\})/).map((p) => {
    const m = /^\{(body|timestamp|id|url|method|header:[^{}]+)\}$/.exec(p);
    if (!m) return p;
    const key = m[1]!;
    return key.startsWith('header:') ? (headerIn(withStamp, key.slice(7).trim()) ?? '') : values[key]!;
  });
  const digest = hmac(config.algorithm, key, ...parts).toString(config.encoding);
  updates.push([config.header, (config.prefix ?? '') + digest]);
  const { headers, names } = setHeaders(req.headers, updates);
  return {
    headers,
    url: req.url,
    headersSet: names,
    timestamp,
    signedUrl: template.includes('{url}') ? signedUrl : null,
  };
};
