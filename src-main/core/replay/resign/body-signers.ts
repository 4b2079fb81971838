// Schemes that sign the raw body only: Meta / WhatsApp and GitHub (X-Hub-Signature-256, plus the
// legacy SHA-1 header when the request carries it), Sendsar, Shopify.
import { headerIn, setHeaders } from './header-edit';
import { hmac } from './hmac';
import type { SignableRequest, Signer, SignerContext, SignerOutput } from './types';

function done(req: SignableRequest, updates: [string, string][]): SignerOutput {
  const { headers, names } = setHeaders(req.headers, updates);
  return { headers, url: req.url, headersSet: names, timestamp: null, signedUrl: null };
}

export const hubSignatureSigner: Signer = (req: SignableRequest, ctx: SignerContext) => {
  const updates: [string, string][] = [
    ['X-Hub-Signature-256', `sha256=${hmac('sha256', ctx.secret, req.body).toString('hex')}`],
  ];
  // Senders include both; leaving a stale SHA-1 next to a fresh SHA-256 would confuse verifiers that read it.
  if (headerIn(req.headers, 'x-hub-signature') !== null) {
    updates.push(['X-Hub-Signature', `sha1=${hmac('sha1', ctx.secret, req.body).toString('hex')}`]);
  }
  return done(req, updates);
};

/** Sendsar keys with the whsec_… text itself, prefix included (not decoded). */
export const sendsarSigner: Signer = (req, ctx) =>
  done(req, [['X-Webhook-Signature', `sha256=${hmac('sha256', ctx.secret, req.body).toString('hex')}`]]);

export const shopifySigner: Signer = (req, ctx) => {
  // Event-style deliveries use the unprefixed name; keep whichever the request has.
  const name =
    headerIn(req.headers, 'x-shopify-hmac-sha256') === null &&
    headerIn(req.headers, 'shopify-hmac-sha256') !== null
      ? 'shopify-hmac-sha256'
      : 'X-Shopify-Hmac-Sha256';
  return done(req, [[name, hmac('sha256', ctx.secret, req.body).toString('base64')]]);
};
