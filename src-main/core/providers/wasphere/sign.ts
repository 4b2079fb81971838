// Re-signing for replays. WaSphere: v1 signs `<t>.<body>`; the seed format signs the body only and window-checks the
// timestamp, so both refresh X-WaSphere-Timestamp.
import { headerIn, signedWithHeaders } from '../../replay/resign/header-edit';
import { hmac } from '../../replay/resign/hmac';
import type { Signer } from '../../replay/resign/types';

export const wasphereSigner: Signer = (req, ctx) => {
  const existing = headerIn(req.headers, 'x-wasphere-signature')?.trim() ?? '';
  const seed = ctx.format ? ctx.format === 'seed' : /^sha256=/i.test(existing);
  const t = String(ctx.nowUnix);
  const value = seed
    ? `sha256=${hmac('sha256', ctx.secret, req.body).toString('hex')}`
    : `v1,sha256=${hmac('sha256', ctx.secret, `${t}.`, req.body).toString('hex')}`;
  return signedWithHeaders(
    req,
    [
      ['X-WaSphere-Timestamp', t],
      ['X-WaSphere-Signature', value],
    ],
    ctx.nowUnix,
  );
};
