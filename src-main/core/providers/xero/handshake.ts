// Xero's intent to receive: POSTs with an empty `events` list, correctly and incorrectly signed; the
// endpoint must answer 200 (empty body) to the first and 401 to the second within five seconds.
// The receiver answers them when the webhook key is stored; the check is one HMAC of a tiny body.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { HandshakeInfo } from '@shared/signature-types';
import type { LabelledSecret, RequestView } from '../../signatures/types';
import { headerOf, smallJsonWith } from '../kit/request-peek';
import type { ReceiverHandshake } from '../types';

function isIntentToReceive(body: Buffer): boolean {
  const json = smallJsonWith(body, '"events"');
  return (
    typeof json === 'object' &&
    json !== null &&
    Array.isArray((json as { events?: unknown }).events) &&
    (json as { events: unknown[] }).events.length === 0
  );
}

function signedBy(body: Buffer, signature: string, secrets: readonly string[]): boolean {
  const received = Buffer.from(signature.trim(), 'utf8');
  return secrets.some((secret) => {
    const expected = Buffer.from(createHmac('sha256', secret).update(body).digest('base64'), 'utf8');
    return expected.length === received.length && timingSafeEqual(expected, received);
  });
}

export function xeroHandshake(view: RequestView, secrets: LabelledSecret[]): HandshakeInfo | null {
  const signature = view.headers.get('x-xero-signature');
  if (signature === null || !isIntentToReceive(view.req.body)) return null;
  const valid =
    secrets.length > 0
      ? signedBy(
          view.req.body,
          signature,
          secrets.map((s) => s.value),
        )
      : null;
  return {
    kind: 'xero-intent-to-receive',
    note:
      valid === null
        ? 'Xero intent to receive: answer 200 when the signature is valid, 401 when not (store the webhooks key to check).'
        : valid
          ? 'Xero intent to receive, correctly signed: Xero expects 200 with an empty body.'
          : 'Xero intent to receive, deliberately mis-signed: Xero expects 401.',
    expectedResponse:
      valid === false
        ? { status: 401, contentType: null, body: '' }
        : { status: 200, contentType: null, body: '' },
  };
}

export const xeroReceiverHandshake: ReceiverHandshake = {
  methods: ['POST'],
  needsQuery: false,
  answer(req, settings) {
    const signature = headerOf(req.headers, 'x-xero-signature');
    if (signature === null || !isIntentToReceive(req.body)) return null;
    const secrets = settings.secrets();
    if (secrets.length === 0) {
      return {
        status: 401,
        body: '',
        contentType: 'text/plain; charset=utf-8',
        note: 'Xero intent to receive: no webhooks key stored, so the signature could not be checked — answered 401 (store the key and resend)',
      };
    }
    const valid = signedBy(req.body, signature, secrets);
    return {
      status: valid ? 200 : 401,
      body: '',
      contentType: 'text/plain; charset=utf-8',
      note: valid
        ? 'Xero intent to receive: signature valid — answered 200'
        : 'Xero intent to receive: signature invalid — answered 401 as Xero expects',
    };
  },
};
