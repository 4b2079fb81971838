// Re-signing for replays. Shopify: base64 HMAC-SHA256 of the body.
import { headerIn, signedWithHeaders } from '../../replay/resign/header-edit';
import { hmac } from '../../replay/resign/hmac';
import type { Signer } from '../../replay/resign/types';

export const shopifySigner: Signer = (req, ctx) => {
  // Event-style deliveries use the unprefixed name; keep whichever the request has.
  const name =
    headerIn(req.headers, 'x-shopify-hmac-sha256') === null &&
    headerIn(req.headers, 'shopify-hmac-sha256') !== null
      ? 'shopify-hmac-sha256'
      : 'X-Shopify-Hmac-Sha256';
  return signedWithHeaders(req, [[name, hmac('sha256', ctx.secret, req.body).toString('base64')]], null);
};
