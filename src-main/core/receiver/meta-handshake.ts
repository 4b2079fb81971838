// Meta (WhatsApp Cloud API, Messenger, Instagram) verifies a webhook URL with
// GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=… and expects the challenge echoed as
// text/plain. These requests carry no signature: they are handshakes, never signature failures.

export interface HandshakeAnswer {
  status: number;
  body: string;
  contentType: string;
  note: string;
}

export function answerMetaHandshake(
  method: string,
  query: URLSearchParams,
  configuredToken: string | null,
): HandshakeAnswer | null {
  if (method !== 'GET' || !query.has('hub.mode')) return null;
  const mode = query.get('hub.mode');
  const challenge = query.get('hub.challenge');
  const token = query.get('hub.verify_token');
  if (mode !== 'subscribe' || challenge === null) {
    return {
      status: 400,
      body: 'Expected hub.mode=subscribe with hub.challenge',
      contentType: 'text/plain; charset=utf-8',
      note: 'Meta handshake: malformed (hub.mode must be "subscribe" and hub.challenge present) — answered 400',
    };
  }
  if (configuredToken === null) {
    return {
      status: 200,
      body: challenge,
      contentType: 'text/plain; charset=utf-8',
      note: 'Meta handshake: challenge answered, token not checked (no verify token configured)',
    };
  }
  if (token !== configuredToken) {
    return {
      status: 403,
      body: 'Verify token mismatch',
      contentType: 'text/plain; charset=utf-8',
      note: 'Meta handshake: verify token mismatch — answered 403',
    };
  }
  return {
    status: 200,
    body: challenge,
    contentType: 'text/plain; charset=utf-8',
    note: 'Meta handshake: verify token matched, challenge answered',
  };
}
