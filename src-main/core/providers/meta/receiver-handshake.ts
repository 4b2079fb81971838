// Meta (WhatsApp Cloud API, Messenger, Instagram) verifies a webhook URL with
// GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=… and expects the challenge echoed as
// text/plain. These requests carry no signature: they are handshakes, never signature failures.
import type { ReceiverAnswer, ReceiverHandshake } from '../types';

const TEXT = 'text/plain; charset=utf-8';

export function answerMetaHandshake(
  query: URLSearchParams,
  configuredToken: string | null,
): ReceiverAnswer | null {
  if (!query.has('hub.mode')) return null;
  const mode = query.get('hub.mode');
  const challenge = query.get('hub.challenge');
  const token = query.get('hub.verify_token');
  if (mode !== 'subscribe' || challenge === null) {
    return {
      status: 400,
      body: 'Expected hub.mode=subscribe with hub.challenge',
      contentType: TEXT,
      note: 'Meta handshake: malformed (hub.mode must be "subscribe" and hub.challenge present) — answered 400',
    };
  }
  if (configuredToken === null) {
    return {
      status: 200,
      body: challenge,
      contentType: TEXT,
      note: 'Meta handshake: challenge answered, token not checked (no verify token configured)',
    };
  }
  if (token !== configuredToken) {
    return {
      status: 403,
      body: 'Verify token mismatch',
      contentType: TEXT,
      note: 'Meta handshake: verify token mismatch — answered 403',
    };
  }
  return {
    status: 200,
    body: challenge,
    contentType: TEXT,
    note: 'Meta handshake: verify token matched, challenge answered',
  };
}

export const metaReceiverHandshake: ReceiverHandshake = {
  methods: ['GET'],
  needsQuery: true,
  answer: (req, settings) => answerMetaHandshake(req.query(), settings.verifyToken),
};
