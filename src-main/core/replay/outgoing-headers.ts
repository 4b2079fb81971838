// The headers a capture is re-sent with. Everything end-to-end goes out as received (order, case,
// duplicates); hop-by-hop headers belonged to the provider's connection to us, not to the next hop
// (RFC 9110 §7.6.1), Host must name the new target, and Content-Length must describe the bytes we
// actually send (the original may have been chunked, or the body edited).

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'content-length',
  'host',
]);

export function isHopByHop(name: string, listedInConnection: ReadonlySet<string> = new Set()): boolean {
  const lower = name.toLowerCase();
  return HOP_BY_HOP.has(lower) || lower.startsWith('proxy-') || listedInConnection.has(lower);
}

/** Header names a sender declared hop-by-hop in its Connection header ("Connection: close, X-Foo"). */
function connectionListed(headers: readonly [string, string][]): Set<string> {
  const out = new Set<string>();
  for (const [name, value] of headers) {
    if (name.toLowerCase() !== 'connection') continue;
    for (const token of value.split(',')) if (token.trim()) out.add(token.trim().toLowerCase());
  }
  return out;
}

export interface OutgoingOptions {
  /** host[:port] of the target. */
  host: string;
  bodyLength: number;
  method: string;
}

/**
 * Host goes where the original Host was (first, when there was none); Content-Length where the
 * original one was, or last. A bodiless GET/HEAD without one gets none, as a client would send it.
 */
export function outgoingHeaders(
  headers: readonly [string, string][],
  options: OutgoingOptions,
): [string, string][] {
  const listed = connectionListed(headers);
  const out: [string, string][] = [];
  let hostPlaced = false;
  let lengthPlaced = false;
  const needsLength = options.bodyLength > 0 || !/^(GET|HEAD|DELETE|OPTIONS|TRACE)$/i.test(options.method);
  for (const [name, value] of headers) {
    const lower = name.toLowerCase();
    if (lower === 'host') {
      if (!hostPlaced) out.push([name, options.host]);
      hostPlaced = true;
    } else if (lower === 'content-length') {
      if (!lengthPlaced && needsLength) out.push([name, String(options.bodyLength)]);
      lengthPlaced = true;
    } else if (!isHopByHop(name, listed)) {
      out.push([name, value]);
    }
  }
  if (!hostPlaced) out.unshift(['Host', options.host]);
  if (!lengthPlaced && needsLength) out.push(['Content-Length', String(options.bodyLength)]);
  return out;
}
