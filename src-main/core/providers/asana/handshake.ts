// Asana confirms a new webhook with a POST carrying `X-Hook-Secret`; the endpoint must answer 200
// with the same header, and later deliveries are signed with that value (developers.asana.com ›
// Establish a webhook). The receiver echoes it so a webhook pointed at Hookscope activates.
import type { HandshakeInfo } from '@shared/signature-types';
import type { RequestView } from '../../signatures/types';
import { headerOf } from '../kit/request-peek';
import type { ReceiverHandshake } from '../types';

const HOOK_SECRET = 'x-hook-secret';

export function asanaHandshake(view: RequestView): HandshakeInfo | null {
  const secret = view.headers.get(HOOK_SECRET);
  if (secret === null) return null;
  return {
    kind: 'asana-hook-secret',
    note: 'Asana webhook handshake: answer 200 with the X-Hook-Secret header echoed; store that value as the Asana secret, it signs every later delivery.',
    expectedResponse: { status: 200, contentType: null, body: '' },
  };
}

export const asanaReceiverHandshake: ReceiverHandshake = {
  methods: ['POST'],
  needsQuery: false,
  answer(req) {
    const secret = headerOf(req.headers, HOOK_SECRET);
    if (secret === null || secret.trim() === '') return null;
    return {
      status: 200,
      body: '',
      contentType: 'text/plain; charset=utf-8',
      headers: [['X-Hook-Secret', secret]],
      note: 'Asana webhook handshake: X-Hook-Secret echoed (store it as the Asana secret to verify later deliveries)',
    };
  },
};
