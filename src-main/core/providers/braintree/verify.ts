// Braintree webhooks are form posts of `bt_signature` ("<public key>|<hex>" pairs joined by "&")
// and `bt_payload` (base64 XML). Each signature is hex HMAC-SHA1 of bt_payload keyed with the
// SHA-1 digest of the API private key; the SDKs also accept it over bt_payload + "\n"
// (braintree_ruby WebhookNotificationGateway#_verify_signature, Braintree::Digest.hexdigest).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { contextFor } from '../../signatures/provider-kit';
import type {
  CheckScheme,
  EntryDraft,
  ReadResult,
  RequestView,
  SignatureVerification,
} from '../../signatures/types';

function form(body: Buffer): URLSearchParams | null {
  if (!body.includes('bt_signature=') || !body.includes('bt_payload=')) return null;
  return new URLSearchParams(body.toString('utf8'));
}

/** The signed text: bt_payload as decoded from the form, plus the context's suffix ("" or "\n"). */
const payloadOf = (body: Buffer): string => form(body)?.get('bt_payload') ?? '';

const scheme: CheckScheme = {
  kind: 'check',
  algorithm: 'HMAC-SHA1',
  encoding: 'hex',
  template: '{form field bt_payload} (also tried with a trailing newline)',
  keyDerivation: 'SHA-1 digest of the private key',
  asymmetric: false,
  // The id slot carries the newline variant the SDKs accept.
  content: (body, ctx) => Buffer.from(payloadOf(body) + (ctx.id ?? ''), 'utf8'),
  check: (secret, content, entry) => {
    const key = createHash('sha1').update(secret, 'utf8').digest();
    const computed = createHmac('sha1', key).update(content).digest('hex');
    const received = Buffer.from(entry.trim().toLowerCase(), 'utf8');
    const expected = Buffer.from(computed, 'utf8');
    return {
      matches: received.length === expected.length && timingSafeEqual(received, expected),
      computed,
    };
  },
};

function read(view: RequestView): ReadResult {
  const fields = form(view.req.body);
  const signature = fields?.get('bt_signature') ?? null;
  if (signature === null) return { kind: 'missing', headersTried: ['form field bt_signature'], warnings: [] };
  const entries: EntryDraft[] = signature
    .split('&')
    .filter((pair) => pair.includes('|'))
    .map((pair) => {
      const [publicKey = '', digest = ''] = pair.split('|');
      return { version: publicKey, value: digest, supported: true };
    });
  const parsed = {
    kind: 'signature' as const,
    header: 'form field bt_signature',
    received: signature,
    entries,
    scheme,
    format: {
      id: 'braintree',
      label: 'Braintree: <public key>|<hex HMAC-SHA1 of bt_payload>, key SHA-1(private key)',
    },
    contexts: [contextFor(view, { id: '' }), contextFor(view, { id: '\n' })],
    timestamp: null,
    formatComputed: (d: string) => d,
    warnings: /[^A-Za-z0-9+=/\n]/.test(fields?.get('bt_payload') ?? '')
      ? [
          'bt_payload contains characters outside base64: the SDKs reject such payloads before checking the signature.',
        ]
      : [],
  };
  if (entries.length === 0) {
    return {
      kind: 'malformed',
      header: parsed.header,
      received: signature,
      problem: 'expected "<public key>|<signature>"',
      fallback: null,
    };
  }
  return parsed;
}

export function detectBraintree(view: RequestView): number {
  const head = view.req.body.subarray(0, 512);
  return head.includes('bt_signature=') || head.includes('bt_payload=') ? 95 : 0;
}

export const braintreeVerification: SignatureVerification = { read };
