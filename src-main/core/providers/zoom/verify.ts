// Zoom: `x-zm-signature: v0=<hex>` over `v0:<x-zm-request-timestamp>:<body>` with the app Secret
// Token as text. Zoom publishes no replay window, so only the age is shown. The
// endpoint.url_validation event is a handshake whose answer needs the secret (encryptedToken =
// hex HMAC-SHA256 of plainToken), which is computed here so the user can check their handler.
import { createHmac } from 'node:crypto';
import type { HandshakeInfo } from '@shared/signature-types';
import { isRecord, readV0Signature, smallJson } from '../../signatures/provider-kit';
import type { LabelledSecret, ReadResult, RequestView, SignatureVerification } from '../../signatures/types';

const SIGNATURE = 'x-zm-signature';
const TIMESTAMP = 'x-zm-request-timestamp';

function read(view: RequestView): ReadResult {
  return readV0Signature(view, {
    header: SIGNATURE,
    timestampHeader: TIMESTAMP,
    format: { id: 'zoom-v0', label: 'Zoom: v0=<hex> over v0:<timestamp>:<body>' },
    // Zoom publishes no replay window.
    window: { maxAgeSeconds: null, maxAheadSeconds: null },
  });
}

function handshake(view: RequestView, secrets: LabelledSecret[]): HandshakeInfo | null {
  const json = smallJson(view.req.body, 16 * 1024);
  if (!isRecord(json) || json.event !== 'endpoint.url_validation') return null;
  const plainToken =
    isRecord(json.payload) && typeof json.payload.plainToken === 'string' ? json.payload.plainToken : null;
  if (plainToken === null) {
    return {
      kind: 'zoom-url-validation',
      note: 'Zoom endpoint.url_validation without payload.plainToken.',
      expectedResponse: null,
    };
  }
  const secret = secrets[0];
  if (!secret) {
    return {
      kind: 'zoom-url-validation',
      note: 'Zoom endpoint.url_validation: answer {plainToken, encryptedToken} within 3 s. Add the Secret Token to see the expected encryptedToken.',
      expectedResponse: null,
    };
  }
  const encryptedToken = createHmac('sha256', secret.value).update(plainToken).digest('hex');
  return {
    kind: 'zoom-url-validation',
    note: `Zoom endpoint.url_validation: answer within 3 s with encryptedToken = hex HMAC-SHA256(Secret Token "${secret.label}", plainToken).`,
    expectedResponse: {
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ plainToken, encryptedToken }),
    },
  };
}

export const detectZoom = (view: RequestView): number =>
  view.headers.has(SIGNATURE) || view.headers.has(TIMESTAMP) ? 95 : 0;

export const zoomVerification: SignatureVerification = {
  handshake,
  read,
};
