// Dropbox verifies a webhook URL with an unsigned GET ?challenge=<value> and enables it only when
// the response body is that value (served as text/plain so it cannot be read as HTML).
import type { HandshakeInfo } from '../../../shared/signature-types';
import { queryOf } from '../../signatures/provider-kit';
import type { RequestView } from '../../signatures/types';
import type { ReceiverHandshake } from '../types';

const NOTE = 'Dropbox webhook verification (GET ?challenge=): echo the challenge as text/plain with 200.';

export function dropboxHandshake(view: RequestView): HandshakeInfo | null {
  if (view.req.method.toUpperCase() !== 'GET') return null;
  const q = queryOf(view);
  const challenge = q.get('challenge');
  if (challenge === null || q.has('hub.mode') || q.has('crc_token')) return null;
  return {
    kind: 'dropbox-challenge',
    note: NOTE,
    expectedResponse: { status: 200, contentType: 'text/plain', body: challenge },
  };
}

export const dropboxReceiverHandshake: ReceiverHandshake = {
  methods: ['GET'],
  needsQuery: true,
  answer(req) {
    const q = req.query();
    const challenge = q.get('challenge');
    if (challenge === null || q.has('hub.mode') || q.has('crc_token')) return null;
    return {
      status: 200,
      body: challenge,
      contentType: 'text/plain; charset=utf-8',
      note: 'Dropbox webhook verification: challenge echoed',
    };
  },
};
