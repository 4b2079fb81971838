// Re-signing for replays. Twilio signs the URL it called: URL + sorted form parameters, or for
// JSON the URL carrying bodySHA256. The URL is the one the handler will see, or `signingUrl` when the
// handler verifies against its public (tunnel) URL.
import { createHash } from 'node:crypto';
import { headerIn, setHeaders } from '../../replay/resign/header-edit';
import { hmac } from '../../replay/resign/hmac';
import type { Signer } from '../../replay/resign/types';
import { twilioParamString } from './verify';

/** Replace the value of `name` in a URL's query without re-encoding anything else. */
function withQueryValue(url: string, name: string, value: string): string {
  return url.replace(new RegExp(`([?&]${name}=)[^&#]*`), `$1${value}`);
}

export const twilioSigner: Signer = (req, ctx) => {
  const isForm =
    req.method.toUpperCase() === 'POST' &&
    (headerIn(req.headers, 'content-type') ?? '').toLowerCase().includes('application/x-www-form-urlencoded');
  let url = req.url;
  let signedUrl = ctx.signingUrl ?? req.url;
  if (!isForm && /[?&]bodySHA256=/.test(signedUrl)) {
    // JSON bodies are not in the MAC: the URL carries their hash, so an edited body needs a new one.
    const digest = createHash('sha256').update(req.body).digest('hex');
    signedUrl = withQueryValue(signedUrl, 'bodySHA256', digest);
    url = withQueryValue(url, 'bodySHA256', digest);
  }
  const content = isForm ? signedUrl + twilioParamString(req.body) : signedUrl;
  const { headers, names } = setHeaders(req.headers, [
    ['X-Twilio-Signature', hmac('sha1', ctx.secret, content).toString('base64')],
  ]);
  return { headers, url, headersSet: names, timestamp: null, signedUrl };
};
