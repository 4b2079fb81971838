// A stored or edited request turned into what goes on the wire to a given URL.
import type { SentRequest } from '@shared/replay-types';
import { outgoingHeaders } from './outgoing-headers';
import type { OutgoingRequest } from './send-request';

export interface RequestParts {
  method: string;
  headers: [string, string][];
  body: Buffer;
}

export function buildOutgoing(parts: RequestParts, url: string): OutgoingRequest {
  const target = new URL(url);
  return {
    method: parts.method,
    url,
    headers: outgoingHeaders(parts.headers, {
      host: target.host,
      bodyLength: parts.body.length,
      method: parts.method,
    }),
    body: parts.body,
  };
}

export function describeSent(req: OutgoingRequest): SentRequest {
  return { method: req.method, url: req.url, headers: req.headers, bodyBase64: req.body.toString('base64') };
}
