// Re-signing for replays. Meta / WhatsApp and GitHub: X-Hub-Signature-256 over the raw body, plus
// the legacy SHA-1 header when the request carries it.
import { headerIn, signedWithHeaders } from '../../replay/resign/header-edit';
import { hmac } from '../../replay/resign/hmac';
import type { Signer } from '../../replay/resign/types';

export const hubSignatureSigner: Signer = (req, ctx) => {
  const updates: [string, string][] = [
    ['X-Hub-Signature-256', `sha256=${hmac('sha256', ctx.secret, req.body).toString('hex')}`],
  ];
  // Senders include both; leaving a stale SHA-1 next to a fresh SHA-256 would confuse verifiers that read it.
  if (headerIn(req.headers, 'x-hub-signature') !== null) {
    updates.push(['X-Hub-Signature', `sha1=${hmac('sha1', ctx.secret, req.body).toString('hex')}`]);
  }
  return signedWithHeaders(req, updates, null);
};
