// SendGrid Event Webhook: `X-Twilio-Email-Event-Webhook-Signature` is a base64 DER ECDSA P-256/SHA-256
// signature over `<X-Twilio-Email-Event-Webhook-Timestamp><body>`, checked with the verification key
// from Mail Settings (base64 DER SubjectPublicKeyInfo; PEM accepted too).
import { createPublicKey } from 'node:crypto';
import { publicKeyScheme, readBareSignature } from '../../signatures/provider-kit';
import type { PublicKeyScheme, ReadResult, RequestView, SignatureVerification } from '../../signatures/types';

const SIGNATURE = 'X-Twilio-Email-Event-Webhook-Signature';
const TIMESTAMP = 'X-Twilio-Email-Event-Webhook-Timestamp';

export function parseEcdsaPublicKey(text: string): ReturnType<PublicKeyScheme['parseKey']> {
  const trimmed = text.trim();
  try {
    const key = trimmed.startsWith('-----BEGIN')
      ? createPublicKey(trimmed)
      : createPublicKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ec')
      return { error: `expected an EC P-256 key, got ${key.asymmetricKeyType ?? 'unknown'}` };
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve && curve !== 'prime256v1') return { error: `expected curve P-256, got ${curve}` };
    return { key };
  } catch {
    return { error: 'not a base64 DER (SPKI) or PEM public key' };
  }
}

const scheme = publicKeyScheme('ecdsa-p256', 'base64', '{timestamp}{body}', parseEcdsaPublicKey);

function read(view: RequestView): ReadResult {
  return readBareSignature(view, {
    header: SIGNATURE,
    timestampHeader: TIMESTAMP,
    scheme,
    format: { id: 'sendgrid-ecdsa', label: 'SendGrid: ECDSA P-256 SHA-256 over <timestamp><body>' },
    // No replay window is judged for SendGrid: the timestamp counts only as signed content.
    timestamp: () => null,
    warnings: (ts) => (ts === null ? [`${TIMESTAMP} is missing; it is part of the signed content.`] : []),
  });
}

export const detectSendgrid = (view: RequestView): number => (view.headers.has(SIGNATURE) ? 95 : 0);

export const sendgridVerification: SignatureVerification = {
  read,
};
