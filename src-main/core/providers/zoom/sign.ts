// Re-signing for replays. Zoom: fresh x-zm-request-timestamp and v0=<hex> over `v0:<t>:<body>` (Slack's scheme).
import { signedWithHeaders } from '../../replay/resign/header-edit';
import { hmac } from '../../replay/resign/hmac';
import type { Signer } from '../../replay/resign/types';

export const zoomSigner: Signer = (req, ctx) => {
  const t = String(ctx.nowUnix);
  const v0 = hmac('sha256', ctx.secret, `v0:${t}:`, req.body).toString('hex');
  return signedWithHeaders(
    req,
    [
      ['x-zm-request-timestamp', t],
      ['x-zm-signature', `v0=${v0}`],
    ],
    ctx.nowUnix,
  );
};
