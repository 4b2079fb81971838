// A raw TCP conversation with the receiver for the hostile-input suite: write chunks (with a pause
// between them when asked), then wait until the server closes the connection or `settleMs` passes
// after the last byte it sent, and return every byte it answered.
import { connect } from 'node:net';

export interface Exchange {
  raw: Buffer;
  /** Status codes of every response in the answer, in order (100 Continue included). */
  statuses: number[];
  closedByServer: boolean;
}

export interface ExchangeOptions {
  /** Pause between chunks (ms). */
  gapMs?: number;
  /** Half-close after writing (default false: many cases need the server to act first). */
  end?: boolean;
  /** Give up waiting for the server after this long with no bytes from it (default 2500 ms). */
  settleMs?: number;
  /** Stop writing once the server answered (a client that would go on dripping gets a reset). */
  stopOnAnswer?: boolean;
}

export function exchange(
  url: string,
  chunks: (Buffer | string)[],
  opts: ExchangeOptions = {},
): Promise<Exchange> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const received: Buffer[] = [];
    let closedByServer = false;
    let settle: NodeJS.Timeout | undefined;
    const done = () => {
      clearTimeout(settle);
      socket.destroy();
      const raw = Buffer.concat(received);
      const statuses = [...raw.toString('latin1').matchAll(/HTTP\/1\.[01] (\d{3}) /g)].map((m) =>
        Number(m[1]),
      );
      resolve({ raw, statuses, closedByServer });
    };
    const arm = () => {
      clearTimeout(settle);
      settle = setTimeout(done, opts.settleMs ?? 2500);
    };
    socket.on('data', (d: Buffer) => {
      received.push(d);
      arm();
    });
    socket.on('end', () => {
      closedByServer = true;
      done();
    });
    socket.on('close', () => {
      closedByServer = true;
      done();
    });
    socket.on('error', () => done());
    socket.on('connect', async () => {
      for (const [i, chunk] of chunks.entries()) {
        if (i > 0 && opts.gapMs) await new Promise((r) => setTimeout(r, opts.gapMs));
        if (socket.destroyed || (opts.stopOnAnswer && received.length > 0)) break;
        socket.write(chunk);
      }
      if (opts.end) socket.end();
      arm();
    });
  });
}

/** The body of the last response in an answer (chunk framing left in place). */
export function lastBody(raw: Buffer): Buffer {
  const starts = [...raw.toString('latin1').matchAll(/(?:^|\r\n)HTTP\/1\.[01] \d{3} /g)];
  const at = raw.indexOf('\r\n\r\n', starts.at(-1)?.index ?? 0);
  return at < 0 ? Buffer.alloc(0) : raw.subarray(at + 4);
}
