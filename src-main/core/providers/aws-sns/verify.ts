// AWS SNS HTTP(S) deliveries: a JSON body whose `Signature` is RSA (SignatureVersion 1: SHA1withRSA,
// 2: SHA256withRSA) over "Key\nValue\n" lines of fixed fields, checked with the certificate at
// `SigningCertURL` (https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html;
// field order and versions as in AWS's validator, github.com/aws/aws-js-sns-message-validator).
// Hookscope fetches nothing: without a stored certificate the capture is `unverifiable` with the
// string that would be verified; with the certificate (or its public key) pasted, it is checked
// offline. A SubscriptionConfirmation is reported as a handshake: its SubscribeURL must be visited.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { HandshakeInfo } from '@shared/signature-types';
import { contextFor, isRecord, smallJson } from '../../signatures/provider-kit';
import type {
  CheckScheme,
  LabelledSecret,
  ReadResult,
  RequestView,
  SignatureVerification,
} from '../../signatures/types';

const MAX_BODY = 256 * 1024;
const NOTIFICATION_FIELDS = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'];
const CONFIRMATION_FIELDS = [
  'Message',
  'MessageId',
  'SubscribeURL',
  'Timestamp',
  'Token',
  'TopicArn',
  'Type',
];

type SnsMessage = Record<string, unknown>;

/**
 * The certificate address AWS's own validator accepts (aws-js-sns-message-validator: https, a host
 * matching ^sns\.[a-zA-Z0-9\-]{3,}\.amazonaws\.com(\.cn)?$, a path ending in .pem); anything else
 * could be an attacker's certificate.
 */
export function trustedCertUrl(certUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(certUrl);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    /^sns\.[a-zA-Z0-9-]{3,}\.amazonaws\.com(\.cn)?$/.test(url.host) &&
    url.pathname.endsWith('.pem')
  );
}

function message(body: Buffer): SnsMessage | null {
  const json = smallJson(body, MAX_BODY);
  return isRecord(json) && typeof json.Type === 'string' && typeof json.Signature === 'string' ? json : null;
}

/** The string SNS signs: "Key\nValue\n" for each field present, in the documented order. */
export function snsStringToSign(msg: SnsMessage): string {
  const fields = msg.Type === 'Notification' ? NOTIFICATION_FIELDS : CONFIRMATION_FIELDS;
  return fields
    .filter((k) => typeof msg[k] === 'string')
    .map((k) => `${k}\n${String(msg[k])}\n`)
    .join('');
}

/** A PEM pasted into a one-line field loses its line breaks: rebuild them. */
function normalisedPem(text: string): string {
  const m = /-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
  if (!m) return text;
  const lines = (m[2] ?? '').replace(/\s+/g, '').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${m[1]}-----\n${lines.join('\n')}\n-----END ${m[1]}-----\n`;
}

function keyOf(text: string): { key: KeyObject } | { error: string } {
  if (!text.includes('-----BEGIN')) return { error: 'not a PEM: paste the certificate from SigningCertURL' };
  try {
    return { key: createPublicKey(normalisedPem(text.trim())) };
  } catch {
    return { error: 'the PEM is not a certificate or public key' };
  }
}

function schemeFor(version: string): CheckScheme {
  const digest = version === '2' ? 'sha256' : 'sha1';
  return {
    kind: 'check',
    algorithm: `RSA ${version === '2' ? 'SHA256withRSA' : 'SHA1withRSA'} (SignatureVersion ${version})`,
    encoding: 'base64',
    template:
      'Message, MessageId, Subject/SubscribeURL, Timestamp, Token, TopicArn, Type as "Key\\nValue\\n"',
    keyDerivation: 'certificate from SigningCertURL (pasted)',
    asymmetric: true,
    content: (body) => {
      const msg = message(body);
      return Buffer.from(msg ? snsStringToSign(msg) : '', 'utf8');
    },
    check: (secret, content, entry) => {
      const parsed = keyOf(secret);
      if ('error' in parsed) return parsed;
      try {
        return { matches: verify(digest, content, parsed.key, Buffer.from(entry, 'base64')), computed: null };
      } catch {
        return { matches: false, computed: null };
      }
    },
  };
}

function read(view: RequestView, stored: readonly LabelledSecret[] = []): ReadResult {
  const msg = message(view.req.body);
  if (!msg) return { kind: 'missing', headersTried: ['body: Signature'], warnings: [] };
  const signature = String(msg.Signature);
  const version = typeof msg.SignatureVersion === 'string' ? msg.SignatureVersion : '1';
  const certUrl = typeof msg.SigningCertURL === 'string' ? msg.SigningCertURL : '<SigningCertURL missing>';
  const header = 'body: Signature';
  const certHost = trustedCertUrl(certUrl)
    ? []
    : [
        `SigningCertURL ${certUrl} is not an https://sns.<region>.amazonaws.com/….pem address: do not trust this message.`,
      ];
  if (stored.length === 0) {
    return {
      kind: 'unverifiable',
      header,
      received: signature,
      why: `AWS SNS signs with a certificate published at ${certUrl}. Hookscope does not fetch it: store that certificate (PEM) under AWS SNS to verify offline.${certHost.length ? ` ${certHost[0]}` : ''}`,
      preview: snsStringToSign(msg),
    };
  }
  return {
    kind: 'signature',
    header,
    received: signature,
    entries: [{ version: '', value: signature, supported: version === '1' || version === '2' }],
    scheme: schemeFor(version),
    format: {
      id: 'aws-sns',
      label: `AWS SNS: RSA signature (SignatureVersion ${version}) over the message fields`,
    },
    contexts: [contextFor(view)],
    timestamp: null,
    formatComputed: (d) => d,
    warnings: certHost,
  };
}

export function snsHandshake(view: RequestView): HandshakeInfo | null {
  const type = view.headers.get('x-amz-sns-message-type');
  if (type !== 'SubscriptionConfirmation') return null;
  const msg = message(view.req.body);
  const url = msg && typeof msg.SubscribeURL === 'string' ? msg.SubscribeURL : null;
  return {
    kind: 'sns-subscription',
    note: `AWS SNS subscription confirmation: open the SubscribeURL${url ? ` (${url})` : ''} once to confirm the subscription; Hookscope does not call it.`,
    expectedResponse: null,
  };
}

export function detectSns(view: RequestView): number {
  if (view.headers.has('x-amz-sns-message-type')) return 95;
  const head = view.req.body.subarray(0, 2048);
  return head.includes('"SigningCertURL"') || head.includes('"SigningCertUrl"') ? 80 : 0;
}

export const snsVerification: SignatureVerification = { read, handshake: snsHandshake };
