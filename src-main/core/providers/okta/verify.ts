// Okta event hooks: no signature; every request carries the authentication value configured on the
// hook (by default in `Authorization`), compared for equality. A new hook is verified once with a
// GET carrying `X-Okta-Verification-Challenge`, answered with {"verification": <that value>}
// (developer.okta.com › Event hooks › One-time verification request).
import type { HandshakeInfo } from '@shared/signature-types';
import { smallJson } from '../../signatures/provider-kit';
import type { RequestView, SignatureVerification } from '../../signatures/types';
import { tokenReading } from '../kit/token-reading';

export const OKTA_CHALLENGE = 'x-okta-verification-challenge';

const read = tokenReading({
  id: 'okta',
  header: 'Authorization',
  label: 'Okta event hook: Authorization compared with the configured secret',
  whenMissing:
    'Okta sends the authentication value in the header named on the event hook (Authorization unless you chose another).',
});

function handshake(view: RequestView): HandshakeInfo | null {
  const challenge = view.headers.get(OKTA_CHALLENGE);
  if (challenge === null || view.req.method.toUpperCase() !== 'GET') return null;
  return {
    kind: 'okta-verification',
    note: 'Okta event hook verification (GET): answer 200 with {"verification": <X-Okta-Verification-Challenge>}.',
    expectedResponse: {
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ verification: challenge }),
    },
  };
}

function looksOkta(view: RequestView): boolean {
  if (!view.req.body.subarray(0, 256).includes('com.okta.')) return false;
  const json = smallJson(view.req.body);
  return (
    typeof json === 'object' &&
    json !== null &&
    String((json as { eventType?: unknown }).eventType).startsWith('com.okta.')
  );
}

export const detectOkta = (view: RequestView): number =>
  view.headers.has(OKTA_CHALLENGE) || looksOkta(view) ? 95 : 0;

export const oktaVerification: SignatureVerification = { read, handshake };
