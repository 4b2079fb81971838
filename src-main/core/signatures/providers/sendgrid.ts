// SendGrid Event Webhook: `X-Twilio-Email-Event-Webhook-Signature` is a base64 DER ECDSA P-256/SHA-256
// signature over `<X-Twilio-Email-Event-Webhook-Timestamp><body>`, checked with the verification key
// from Mail Settings (base64 DER SubjectPublicKeyInfo; PEM accepted too).
import { createPublicKey } from 'node:crypto';
import { bareEntry, contextFor } from '../provider-kit';
import { compileTemplate } from '../signed-content';
import type { PublicKeyScheme, ProviderSpec, ReadResult, RequestView } from '../types';

const SIGNATURE = 'x-twilio-email-event-webhook-signature';
const TIMESTAMP = 'x-twilio-email-event-webhook-timestamp';

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

const scheme: PublicKeyScheme = {
  kind: 'ecdsa-p256',
  encoding: 'base64',
  template: '{timestamp}{body}',
  content: compileTemplate('{timestamp}{body}'),
  parseKey: parseEcdsaPublicKey,
};

function read(view: RequestView): ReadResult {
  const value = view.headers.get(SIGNATURE);
  if (value === null)
    return { kind: 'missing', headersTried: ['X-Twilio-Email-Event-Webhook-Signature'], warnings: [] };
  const ts = view.headers.get(TIMESTAMP);
  return {
    kind: 'signature',
    header: view.headers.nameOf(SIGNATURE) ?? 'X-Twilio-Email-Event-Webhook-Signature',
    received: value,
    entries: bareEntry(value),
    scheme,
    format: { id: 'sendgrid-ecdsa', label: 'SendGrid: ECDSA P-256 SHA-256 over <timestamp><body>' },
    contexts: [contextFor(view, { timestamp: ts })],
    timestamp: null,
    formatComputed: (d) => d,
    warnings:
      ts === null
        ? ['X-Twilio-Email-Event-Webhook-Timestamp is missing; it is part of the signed content.']
        : [],
  };
}

export const sendgridProvider: ProviderSpec = {
  id: 'sendgrid',
  detect: (view) => (view.headers.has(SIGNATURE) ? 95 : 0),
  read,
};
