// Mandrill (Mailchimp Transactional): `X-Mandrill-Signature` = base64 HMAC-SHA1 keyed with the
// webhook key over the webhook URL followed by every POST field as name+value, sorted by name
// (mailchimp.com/developer/transactional › Authenticating webhook requests). Deliveries are forms
// with one field, mandrill_events. The URL is the one Mandrill called (the public tunnel URL).
import { bareEntry, contextFor } from '../../signatures/provider-kit';
import { concatContent } from '../../signatures/signed-content';
import type { HmacScheme, ReadResult, RequestView, SignatureVerification } from '../../signatures/types';
import { portVariants, signingUrl } from '../../signatures/url-candidates';
import { twilioParamString } from '../twilio/verify';

const SIGNATURE = 'x-mandrill-signature';

const scheme: HmacScheme = {
  kind: 'hmac',
  algorithm: 'sha1',
  encoding: 'base64',
  keyDerivation: 'raw',
  template: '{url}{sorted form fields as name+value}',
  content: (body, ctx) => concatContent(ctx.url ?? '', twilioParamString(body)),
};

function read(view: RequestView): ReadResult {
  const value = view.headers.get(SIGNATURE);
  if (value === null) return { kind: 'missing', headersTried: ['X-Mandrill-Signature'], warnings: [] };
  const url = signingUrl(view);
  return {
    kind: 'signature',
    header: view.headers.nameOf(SIGNATURE) ?? 'X-Mandrill-Signature',
    received: value,
    entries: bareEntry(value),
    scheme,
    format: { id: 'mandrill', label: 'Mandrill: base64 HMAC-SHA1 of URL + sorted POST fields' },
    contexts: (url ? portVariants(url) : ['']).map((u) => contextFor(view, { url: u })),
    timestamp: null,
    formatComputed: (d) => d,
    warnings: view.req.publicUrl
      ? []
      : [
          'No public URL configured: Mandrill signs the webhook URL it called (your tunnel URL), so set it for a reliable verdict.',
        ],
  };
}

export const detectMandrill = (view: RequestView): number => (view.headers.has(SIGNATURE) ? 95 : 0);

export const mandrillVerification: SignatureVerification = { read };
