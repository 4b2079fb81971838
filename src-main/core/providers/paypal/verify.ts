// PayPal signs `<transmission id>|<transmission time>|<webhook id>|<crc32(body), decimal>` with
// RSA (PAYPAL-AUTH-ALGO, SHA256withRSA) and publishes the certificate at PAYPAL-CERT-URL
// (developer.paypal.com › Webhooks › Verify the signature). Hookscope fetches nothing: without a
// stored certificate the capture is 'unverifiable' with what would be signed (the CRC32 of the
// received body included); with the webhook id and the certificate pasted, it is verified offline.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { bareEntry, contextFor } from '../../signatures/provider-kit';
import { concatContent } from '../../signatures/signed-content';
import type {
  CheckScheme,
  LabelledSecret,
  ReadResult,
  RequestView,
  SignatureVerification,
} from '../../signatures/types';

const SIGNATURE = 'paypal-transmission-sig';
export const WEBHOOK_ID_SLOT = '<your webhook id>';
const ALGORITHMS: Record<string, string> = {
  sha256withrsa: 'sha256',
  sha1withrsa: 'sha1',
  sha512withrsa: 'sha512',
};

/** A PEM pasted into a one-line field loses its line breaks: rebuild them. */
function normalisedPem(text: string): string {
  const m = /-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
  if (!m) return text;
  const lines = (m[2] ?? '').replace(/\s+/g, '').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${m[1]}-----\n${lines.join('\n')}\n-----END ${m[1]}-----\n`;
}

/** Stored value: the webhook id on its own line, then the certificate (or public key) PEM. */
export function parsePaypalKey(text: string): { webhookId: string; key: KeyObject } | { error: string } {
  const pemAt = text.indexOf('-----BEGIN');
  if (pemAt < 0) return { error: 'no certificate: paste the PEM from PAYPAL-CERT-URL after the webhook id' };
  const webhookId = text.slice(0, pemAt).trim();
  if (!webhookId)
    return { error: 'the webhook id is missing: put it on the first line, before the certificate' };
  try {
    return { webhookId, key: createPublicKey(normalisedPem(text.slice(pemAt))) };
  } catch {
    return { error: 'the PEM is not a certificate or public key' };
  }
}

function schemeFor(view: RequestView): CheckScheme {
  const algo = (view.headers.get('paypal-auth-algo') ?? 'SHA256withRSA').trim();
  const digest = ALGORITHMS[algo.toLowerCase()] ?? 'sha256';
  return {
    kind: 'check',
    algorithm: `RSA ${algo}`,
    encoding: 'base64',
    template: '{transmission id}|{transmission time}|{webhook id}|{crc32(body)}',
    keyDerivation: 'webhook id + certificate (pasted)',
    asymmetric: true,
    content: (body, ctx) =>
      concatContent(`${ctx.id ?? ''}|${ctx.timestamp ?? ''}|${WEBHOOK_ID_SLOT}|${crc32(body)}`),
    check: (secret, content, entry) => {
      const parsed = parsePaypalKey(secret);
      if ('error' in parsed) return parsed;
      const signed = Buffer.from(content.toString('utf8').replace(WEBHOOK_ID_SLOT, parsed.webhookId));
      try {
        return { matches: verify(digest, signed, parsed.key, Buffer.from(entry, 'base64')), computed: null };
      } catch {
        return { matches: false, computed: null };
      }
    },
  };
}

function read(view: RequestView, stored: readonly LabelledSecret[] = []): ReadResult {
  const value = view.headers.get(SIGNATURE);
  if (value === null) return { kind: 'missing', headersTried: ['PAYPAL-TRANSMISSION-SIG'], warnings: [] };
  const header = view.headers.nameOf(SIGNATURE) ?? 'PAYPAL-TRANSMISSION-SIG';
  const id = view.headers.get('paypal-transmission-id') ?? '<missing transmission id>';
  const time = view.headers.get('paypal-transmission-time') ?? '<missing transmission time>';
  const certUrl = view.headers.get('paypal-cert-url') ?? '<PAYPAL-CERT-URL missing>';
  const crc = crc32(view.req.body);
  if (stored.length === 0) {
    return {
      kind: 'unverifiable',
      header,
      received: value,
      why: `PayPal signatures are RSA, checked with the certificate at ${certUrl} and your webhook id. Hookscope does not fetch it: store your webhook id and that certificate (PEM) under PayPal to verify offline. CRC32 of the received body: ${crc}. Simulator events cannot be verified at all.`,
      preview: `${id}|${time}|${WEBHOOK_ID_SLOT}|${crc}`,
    };
  }
  return {
    kind: 'signature',
    header,
    received: value,
    entries: bareEntry(value),
    scheme: schemeFor(view),
    format: { id: 'paypal', label: 'PayPal: RSA over transmission id|time|webhook id|CRC32(body)' },
    contexts: [contextFor(view, { id, timestamp: time })],
    timestamp: null,
    formatComputed: (d) => d,
    warnings: [
      `CRC32 of the received body: ${crc}. The certificate must be the one at ${certUrl}; simulator events never verify.`,
    ],
  };
}

export const detectPaypal = (view: RequestView): number =>
  view.headers.has(SIGNATURE) || view.headers.has('paypal-transmission-id') ? 95 : 0;

export const paypalVerification: SignatureVerification = {
  read,
};
