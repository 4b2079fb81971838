// Ways to put a request into the receiver, from the test process (never from the page).
import { rawRequest } from '../../helpers/raw-http';

export interface OutgoingRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** A normal client request (fetch). */
export async function send(receiverUrl: string, req: OutgoingRequest): Promise<number> {
  const res = await fetch(new URL(req.path, receiverUrl), {
    method: req.method ?? 'POST',
    headers: req.headers,
    // The DOM typings of fetch (this file also type-checks with lib "DOM") want an ArrayBuffer-backed view.
    body:
      req.method === 'GET' || req.method === 'HEAD' || req.body === undefined
        ? undefined
        : typeof req.body === 'string'
          ? req.body
          : Uint8Array.from(req.body),
  });
  await res.arrayBuffer();
  return res.status;
}

/**
 * Hand-written HTTP/1.1 for what fetch refuses: header values with any UTF-8, exact header order
 * and case. Header lines are written exactly as given.
 */
export async function sendRaw(
  receiverUrl: string,
  req: { method?: string; path: string; headers: [string, string][]; body?: string | Buffer },
): Promise<number> {
  const body = typeof req.body === 'string' ? Buffer.from(req.body, 'utf8') : (req.body ?? Buffer.alloc(0));
  const { host } = new URL(receiverUrl);
  const lines = [
    `${req.method ?? 'POST'} ${req.path} HTTP/1.1`,
    `Host: ${host}`,
    ...req.headers.map(([k, v]) => `${k}: ${v}`),
    `Content-Length: ${body.length}`,
    'Connection: close',
  ];
  const res = await rawRequest(receiverUrl, `${lines.join('\r\n')}\r\n\r\n`, body);
  return res.status;
}
