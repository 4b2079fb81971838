// Re-signing a Stripe delivery: a fresh `t=` (now) and one v1 entry over `<t>.<body>`, keyed with
// the whsec_… string as text (the secret is not decoded).
import { signedWithHeaders } from '../../replay/resign/header-edit';
import { hmac } from '../../replay/resign/hmac';
import type { Signer } from '../../replay/resign/types';

export const stripeSigner: Signer = (req, ctx) => {
  const t = String(ctx.nowUnix);
  const v1 = hmac('sha256', ctx.secret, `${t}.`, req.body).toString('hex');
  return signedWithHeaders(req, [['Stripe-Signature', `t=${t},v1=${v1}`]], ctx.nowUnix);
};
