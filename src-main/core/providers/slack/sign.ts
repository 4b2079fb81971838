// Re-signing for replays. Slack: fresh X-Slack-Request-Timestamp and v0=<hex> over `v0:<t>:<body>`.
import { signedWithHeaders } from '../../replay/resign/header-edit';
import { hmac } from '../../replay/resign/hmac';
import type { Signer } from '../../replay/resign/types';

export const slackSigner: Signer = (req, ctx) => {
  const t = String(ctx.nowUnix);
  const v0 = hmac('sha256', ctx.secret, `v0:${t}:`, req.body).toString('hex');
  return signedWithHeaders(
    req,
    [
      ['X-Slack-Request-Timestamp', t],
      ['X-Slack-Signature', `v0=${v0}`],
    ],
    ctx.nowUnix,
  );
};
