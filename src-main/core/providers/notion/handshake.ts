// Notion activates a webhook subscription with one unsigned POST whose body is only
// `{"verification_token": "secret_…"}`: the user pastes that token back into the integration's
// Webhooks tab, and it then keys X-Notion-Signature on every event (developers.notion.com ›
// Webhooks). The receiver acknowledges it and records it as a handshake.
import type { HandshakeInfo } from '@shared/signature-types';
import { isRecord } from '../../signatures/provider-kit';
import type { RequestView } from '../../signatures/types';
import { headerOf, smallJsonWith } from '../kit/request-peek';
import type { ReceiverHandshake } from '../types';

export function isNotionVerification(headers: readonly [string, string][], body: Buffer): boolean {
  if (headerOf(headers, 'x-notion-signature') !== null) return false;
  const json = smallJsonWith(body, '"verification_token"', 2048);
  return isRecord(json) && typeof json.verification_token === 'string' && Object.keys(json).length === 1;
}

const NOTE =
  'Notion verification request: copy verification_token from the body into the integration › Webhooks › Verify, and store it in Hookscope as the Notion secret.';

export function notionHandshake(view: RequestView): HandshakeInfo | null {
  if (!isNotionVerification(view.req.headers, view.req.body)) return null;
  return {
    kind: 'notion-verification',
    note: NOTE,
    expectedResponse: { status: 200, contentType: null, body: '' },
  };
}

export const notionReceiverHandshake: ReceiverHandshake = {
  methods: ['POST'],
  needsQuery: false,
  answer(req) {
    if (!isNotionVerification(req.headers, req.body)) return null;
    return {
      status: 200,
      body: '{}',
      contentType: 'application/json',
      note: 'Notion verification token received (acknowledged): paste it in the integration to verify the subscription',
    };
  },
};
