// Re-signing HubSpot requests in the version they arrived with (v3 when none): v3 gets a fresh
// millisecond timestamp and signs the URL with HubSpot's listed escapes decoded; v1/v2 are plain
// SHA-256 hashes of secret + content.
import { createHash } from 'node:crypto';
import { headerIn, setHeaders } from '../../replay/resign/header-edit';
import { hmac } from '../../replay/resign/hmac';
import type { Signer } from '../../replay/resign/types';
import { hubspotV3Uri } from './decoded-uri';

export const hubspotSigner: Signer = (req, ctx) => {
  const url = ctx.signingUrl ?? req.url;
  const method = req.method.toUpperCase();
  const legacy =
    headerIn(req.headers, 'x-hubspot-signature') !== null &&
    headerIn(req.headers, 'x-hubspot-signature-v3') === null;
  if (legacy) {
    const v2 = (headerIn(req.headers, 'x-hubspot-signature-version') ?? '').toLowerCase() === 'v2';
    const hash = createHash('sha256').update(ctx.secret);
    if (v2) hash.update(method + url);
    const { headers, names } = setHeaders(req.headers, [
      ['X-HubSpot-Signature', hash.update(req.body).digest('hex')],
    ]);
    return { headers, url: req.url, headersSet: names, timestamp: null, signedUrl: v2 ? url : null };
  }
  const ms = String(Math.round(ctx.nowUnix * 1000));
  const v3Url = hubspotV3Uri(url);
  const signature = hmac('sha256', ctx.secret, method, v3Url, req.body, ms).toString('base64');
  const { headers, names } = setHeaders(req.headers, [
    ['X-HubSpot-Request-Timestamp', ms],
    ['X-HubSpot-Signature-v3', signature],
  ]);
  return { headers, url: req.url, headersSet: names, timestamp: Math.floor(ctx.nowUnix), signedUrl: v3Url };
};
