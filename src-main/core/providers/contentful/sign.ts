// Re-signing Contentful requests: a fresh millisecond timestamp, the same signed-header list (plus
// the two Contentful always signs), and the canonical request HMAC'd with node:crypto.
import { headerIn, setHeaders } from '../../replay/resign/header-edit';
import { hmac } from '../../replay/resign/hmac';
import type { Signer } from '../../replay/resign/types';
import { contentfulHeaderLine, contentfulPath } from './canonical';

export const contentfulSigner: Signer = (req, ctx) => {
  const listed = (headerIn(req.headers, 'x-contentful-signed-headers') ?? '')
    .split(',')
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean);
  const names = [...new Set([...listed, 'x-contentful-signed-headers', 'x-contentful-timestamp'])].sort();
  const ms = String(Math.round(ctx.nowUnix * 1000));
  const withMeta = setHeaders(req.headers, [
    ['x-contentful-timestamp', ms],
    ['x-contentful-signed-headers', names.join(',')],
  ]).headers;
  let path = '/';
  try {
    const u = new URL(req.url);
    path = u.pathname + u.search;
  } catch {
    // keep "/" for a URL that does not parse; the send step reports the bad URL itself
  }
  const canonical = `${req.method.toUpperCase()}\n${contentfulPath(path)}\n${contentfulHeaderLine(names, (n) => headerIn(withMeta, n))}\n`;
  const { headers, names: set } = setHeaders(withMeta, [
    ['x-contentful-signature', hmac('sha256', ctx.secret, canonical, req.body).toString('hex')],
  ]);
  return {
    headers,
    url: req.url,
    headersSet: ['x-contentful-timestamp', 'x-contentful-signed-headers', ...set],
    timestamp: Math.floor(ctx.nowUnix),
    signedUrl: null,
  };
};
