// X (Twitter) Account Activity checks a webhook with a GET `?crc_token=…` (at registration and
// hourly) and expects `{"response_token":"sha256=<base64 HMAC-SHA256(consumer secret, crc_token)>"}`
// within three seconds (docs.x.com › Account Activity API › Securing webhooks). The receiver
// answers it from the stored consumer secret.
import { createHmac } from 'node:crypto';
import type { HandshakeInfo } from '@shared/signature-types';
import { queryOf } from '../../signatures/provider-kit';
import type { LabelledSecret, RequestView } from '../../signatures/types';
import type { ReceiverHandshake } from '../types';

export const crcResponse = (secret: string, crcToken: string): string =>
  JSON.stringify({
    response_token: `sha256=${createHmac('sha256', secret).update(crcToken).digest('base64')}`,
  });

export function twitterHandshake(view: RequestView, secrets: LabelledSecret[]): HandshakeInfo | null {
  if (view.req.method.toUpperCase() !== 'GET') return null;
  const token = queryOf(view).get('crc_token');
  if (token === null) return null;
  const secret = secrets[0]?.value;
  return {
    kind: 'twitter-crc',
    note:
      secret === undefined
        ? 'X CRC check: answer {"response_token":"sha256=<base64 HMAC of crc_token>"} keyed with the consumer secret (store it to see the expected answer).'
        : 'X CRC check: X expects this response_token, keyed with the stored consumer secret.',
    expectedResponse:
      secret === undefined
        ? null
        : { status: 200, contentType: 'application/json', body: crcResponse(secret, token) },
  };
}

export const twitterReceiverHandshake: ReceiverHandshake = {
  methods: ['GET'],
  needsQuery: true,
  answer(req, settings) {
    const token = req.query().get('crc_token');
    if (token === null) return null;
    const secret = settings.secrets()[0];
    if (secret === undefined) {
      return {
        status: 503,
        body: JSON.stringify({ error: 'no consumer secret stored in Hookscope for X (twitter)' }),
        contentType: 'application/json',
        note: 'X CRC check not answered: no consumer secret stored (X will mark the webhook invalid)',
      };
    }
    return {
      status: 200,
      body: crcResponse(secret, token),
      contentType: 'application/json',
      note: 'X CRC check answered with response_token from the stored consumer secret',
    };
  },
};
