// The URL a stored request was made to, as well as it can be known: the Host header the provider
// sent (the tunnel's host) with the scheme the proxy reports, else the given base URL.
import type { HeaderPair } from '@shared/types';

export function captureUrl(
  capture: { path: string; headers: readonly HeaderPair[] },
  baseUrl: string,
): string {
  const get = (name: string) => capture.headers.find(([n]) => n.toLowerCase() === name)?.[1]?.trim() || null;
  const host = get('host');
  const base = new URL(baseUrl);
  const proto = get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  const scheme = proto === 'https' || proto === 'http' ? proto : base.protocol.replace(':', '');
  const origin = host && /^[A-Za-z0-9.:[\]-]+$/.test(host) ? `${scheme}://${host}` : base.origin;
  return origin + (capture.path.startsWith('/') ? capture.path : `/${capture.path}`);
}
