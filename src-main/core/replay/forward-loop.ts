// Forward loops. A target that points back at the receiver (directly, or through the tunnel's
// public URL) turns one webhook into an endless stream of captures: such targets are refused when
// saved. What cannot be seen at save time (a loop through another host or another Hookscope, a
// tunnel URL that changed later) is stopped by a hop header: every forwarded request carries it,
// and a capture that arrived with it is never forwarded again.
import { networkInterfaces } from 'node:os';

export const HOP_HEADER = 'X-Hookscope-Forwarded';

export function carriesHopHeader(headers: readonly (readonly [string, string])[]): boolean {
  const name = HOP_HEADER.toLowerCase();
  return headers.some(([n]) => n.toLowerCase() === name);
}

export interface ReceiverAddress {
  /** The receiver's own URL, e.g. http://127.0.0.1:8787 */
  receiverUrl: string;
  /** settings.publicUrl or the online tunnel's URL. */
  publicUrl: string | null;
}

/** Why forwarding to `target` would loop back into this receiver, or null. */
export function forwardLoopProblem(target: string, self: ReceiverAddress): string | null {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return null; // the schema reports malformed URLs
  }
  if (self.publicUrl) {
    try {
      if (sameOrigin(url, new URL(self.publicUrl)))
        return `it is the public URL of this receiver (${self.publicUrl})`;
    } catch {
      // A malformed public URL setting cannot match anything.
    }
  }
  const receiver = new URL(self.receiverUrl);
  if (portOf(url) !== portOf(receiver)) return null;
  const host = bareHost(url.hostname);
  if (host === bareHost(receiver.hostname) || isThisMachine(host))
    return `it is this receiver's own address (${self.receiverUrl})`;
  return null;
}

function sameOrigin(a: URL, b: URL): boolean {
  return (
    a.protocol === b.protocol && bareHost(a.hostname) === bareHost(b.hostname) && portOf(a) === portOf(b)
  );
}

function portOf(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
}

function bareHost(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

function isThisMachine(host: string): boolean {
  if (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '0.0.0.0' ||
    host === '::' ||
    host === '::1'
  )
    return true;
  if (/^127\.\d+\.\d+\.\d+$/.test(host) || host === '::ffff:127.0.0.1') return true;
  return Object.values(networkInterfaces())
    .flat()
    .some((address) => address?.address.toLowerCase() === host);
}
