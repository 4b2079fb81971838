// Re-signing for replays. Square signs the notification URL + body (SHA-256, plus the legacy
// SHA-1 header when present); `signingUrl` is the URL the handler verifies against.
import { headerIn, setHeaders } from '../../replay/resign/header-edit';
import { hmac } from '../../replay/resign/hmac';
import type { Signer } from '../../replay/resign/types';

export const squareSigner: Signer = (req, ctx) => {
  const signedUrl = ctx.signingUrl ?? req.url;
  const updates: [string, string][] = [
    ['x-square-hmacsha256-signature', hmac('sha256', ctx.secret, signedUrl, req.body).toString('base64')],
  ];
  if (headerIn(req.headers, 'x-square-signature') !== null) {
    updates.push(['x-square-signature', hmac('sha1', ctx.secret, signedUrl, req.body).toString('base64')]);
  }
  const { headers, names } = setHeaders(req.headers, updates);
  return { headers, url: req.url, headersSet: names, timestamp: null, signedUrl };
};
