// Send a hand-written HTTP/1.1 request over a plain socket, for cases fetch cannot express
// (exact header order and case, duplicates, odd methods, bodies that stall).
import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  head: string;
  body: Buffer;
}

export function rawRequest(
  url: string,
  head: string,
  body: Buffer | string = Buffer.alloc(0),
  opts: { endAfterWrite?: boolean } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const headText = all.subarray(0, split < 0 ? all.length : split).toString('latin1');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(headText)?.[1] ?? 0);
      resolve({ status, head: headText, body: split < 0 ? Buffer.alloc(0) : all.subarray(split + 4) });
    });
    socket.write(head);
    socket.write(body);
    if (opts.endAfterWrite !== false) socket.end();
  });
}
