// Re-signing for replays. Sendsar: sha256=<hex> over the body.
import { signedWithHeaders } from '../../replay/resign/header-edit';
import { hmac } from '../../replay/resign/hmac';
import type { Signer } from '../../replay/resign/types';

/** Sendsar keys with the whsec_… text itself, prefix included (not decoded). */
export const sendsarSigner: Signer = (req, ctx) =>
  signedWithHeaders(
    req,
    [['X-Webhook-Signature', `sha256=${hmac('sha256', ctx.secret, req.body).toString('hex')}`]],
    null,
  );
