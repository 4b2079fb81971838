// Re-signing for replays. Standard Webhooks / Svix: `v1,<base64>` over `<id>.<t>.<body>` with the base64-decoded whsec_ key.
import { headerIn, signedWithHeaders } from '../../replay/resign/header-edit';
import { hmac, whsecKey } from '../../replay/resign/hmac';
import type { Signer } from '../../replay/resign/types';

export const standardWebhooksSigner: Signer = (req, ctx) => {
  const key = whsecKey(ctx.secret);
  if (!key) return { problem: 'the Standard Webhooks secret is not whsec_<base64>' };
  // Svix-branded senders use svix-* names; keep the family the request already uses.
  const prefix =
    headerIn(req.headers, 'svix-signature') !== null || headerIn(req.headers, 'svix-id') !== null
      ? 'svix'
      : 'webhook';
  const id = headerIn(req.headers, `${prefix}-id`) ?? ctx.newId();
  const t = String(ctx.nowUnix);
  const sig = hmac('sha256', key, `${id}.${t}.`, req.body).toString('base64');
  return signedWithHeaders(
    req,
    [
      [`${prefix}-id`, id],
      [`${prefix}-timestamp`, t],
      [`${prefix}-signature`, `v1,${sig}`],
    ],
    ctx.nowUnix,
  );
};
