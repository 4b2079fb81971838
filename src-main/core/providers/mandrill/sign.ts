// Re-signing Mandrill deliveries: the URL the handler verifies against plus the sorted form fields.
import { setHeaders } from '../../replay/resign/header-edit';
import { hmac } from '../../replay/resign/hmac';
import type { Signer } from '../../replay/resign/types';

/** Form fields as name+value, sorted by name (values of a repeated name kept in order). */
function sortedFields(body: Buffer): string {
  const pairs = [...new URLSearchParams(body.toString('utf8'))];
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return pairs.map(([k, v]) => k + v).join('');
}

export const mandrillSigner: Signer = (req, ctx) => {
  const url = ctx.signingUrl ?? req.url;
  const signature = hmac('sha1', ctx.secret, url, sortedFields(req.body)).toString('base64');
  const { headers, names } = setHeaders(req.headers, [['X-Mandrill-Signature', signature]]);
  return { headers, url: req.url, headersSet: names, timestamp: null, signedUrl: url };
};
