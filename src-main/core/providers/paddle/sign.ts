// Re-signing for replays. Paddle Billing: `Paddle-Signature: ts=<t>;h1=<hex>` over `<t>:<body>`.
import { signedWithHeaders } from '../../replay/resign/header-edit';
import { hmac } from '../../replay/resign/hmac';
import type { Signer } from '../../replay/resign/types';

export const paddleSigner: Signer = (req, ctx) => {
  const t = String(ctx.nowUnix);
  const h1 = hmac('sha256', ctx.secret, `${t}:`, req.body).toString('hex');
  return signedWithHeaders(req, [['Paddle-Signature', `ts=${t};h1=${h1}`]], ctx.nowUnix);
};
