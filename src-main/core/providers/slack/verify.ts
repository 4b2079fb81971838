// Slack: `X-Slack-Signature: v0=<hex>` over `v0:<X-Slack-Request-Timestamp>:<body>`, keyed with the
// Signing Secret as text; ±300 s. The url_verification request is a handshake (echo `challenge`).
import type { HandshakeInfo } from '@shared/signature-types';
import { isRecord, readV0Signature, smallJson } from '../../signatures/provider-kit';
import type { ReadResult, RequestView, SignatureVerification } from '../../signatures/types';

const SIGNATURE = 'X-Slack-Signature';
const TIMESTAMP = 'X-Slack-Request-Timestamp';

function read(view: RequestView): ReadResult {
  return readV0Signature(view, {
    header: SIGNATURE,
    timestampHeader: TIMESTAMP,
    format: { id: 'slack-v0', label: 'Slack: v0=<hex> over v0:<timestamp>:<body>' },
    window: { maxAgeSeconds: 300, maxAheadSeconds: 300 },
  });
}

function challengeOf(view: RequestView): string | null {
  const json = smallJson(view.req.body, 16 * 1024);
  return isRecord(json) && json.type === 'url_verification' && typeof json.challenge === 'string'
    ? json.challenge
    : null;
}

function handshake(view: RequestView): HandshakeInfo | null {
  const challenge = challengeOf(view);
  if (challenge === null) return null;
  return {
    kind: 'slack-url-verification',
    note: 'Slack url_verification: answer 200 with the challenge value (plain text or {"challenge": …}).',
    expectedResponse: { status: 200, contentType: 'text/plain', body: challenge },
  };
}

export const detectSlack = (view: RequestView): number =>
  view.headers.has(SIGNATURE) || view.headers.has(TIMESTAMP) ? 95 : 0;

export const slackVerification: SignatureVerification = {
  handshake,
  // A verifying endpoint refuses a url_verification whose signature does not hold (Slack's Bolt
  // answers 401), and so does the receiver when a signing secret is stored.
  failedSignatureIsHandshake: (view): HandshakeInfo | null =>
    challengeOf(view) === null
      ? null
      : {
          kind: 'slack-url-verification',
          note: 'a verifying endpoint answers 401 without the challenge, so Slack does not accept the URL. Check the Signing Secret (Basic Information › App Credentials).',
          expectedResponse: { status: 401, contentType: null, body: '' },
        },
  read,
};
