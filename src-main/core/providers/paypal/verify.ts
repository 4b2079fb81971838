// PayPal signs `<transmission id>|<transmission time>|<webhook id>|<crc32(body)>` with RSA-SHA256;
// the key comes from the certificate at PAYPAL-CERT-URL (network) and the webhook id is account
// configuration. Nothing to verify offline: report 'unverifiable' and show what would be signed.
import { crc32 } from 'node:zlib';
import type { ReadResult, RequestView, SignatureVerification } from '../../signatures/types';

const SIGNATURE = 'paypal-transmission-sig';

function read(view: RequestView): ReadResult {
  const value = view.headers.get(SIGNATURE);
  if (value === null) return { kind: 'missing', headersTried: ['PAYPAL-TRANSMISSION-SIG'], warnings: [] };
  const id = view.headers.get('paypal-transmission-id') ?? '<missing transmission id>';
  const time = view.headers.get('paypal-transmission-time') ?? '<missing transmission time>';
  const certUrl = view.headers.get('paypal-cert-url');
  return {
    kind: 'unverifiable',
    header: view.headers.nameOf(SIGNATURE) ?? 'PAYPAL-TRANSMISSION-SIG',
    received: value,
    why: `PayPal signatures are RSA-SHA256 checked with the certificate at ${certUrl ?? '<PAYPAL-CERT-URL missing>'} and your webhook id: this needs the network (or PayPal's verify-webhook-signature API). Simulator events cannot be verified at all.`,
    preview: `${id}|${time}|<your webhook id>|${crc32(view.req.body)}`,
  };
}

export const detectPaypal = (view: RequestView): number =>
  view.headers.has(SIGNATURE) || view.headers.has('paypal-transmission-id') ? 95 : 0;

export const paypalVerification: SignatureVerification = {
  read,
};
