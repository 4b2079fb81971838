// URLs for schemes that sign the URL (Twilio, Square). The sender signs the URL *it* called — the
// public tunnel or proxy URL — not the one the receiver sees behind it, which is the most common
// Twilio failure. The canonical choice is the configured public URL plus the request path.
import type { RequestView } from './types';

export function joinPublicUrl(publicUrl: string, path: string): string {
  return publicUrl.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
}

/** The URL the sender most likely signed. */
export function signingUrl(view: RequestView): string | null {
  const { publicUrl, url, path } = view.req;
  if (publicUrl) return joinPublicUrl(publicUrl, path);
  return url ?? null;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** As given, port removed, default port added: what twilio-node itself accepts. */
export function portVariants(url: string): string[] {
  const u = parse(url);
  if (!u) return [url];
  const out = [url];
  if (u.port) {
    const noPort = new URL(url);
    noPort.port = '';
    out.push(noPort.toString());
  } else {
    const def = u.protocol === 'https:' ? '443' : u.protocol === 'http:' ? '80' : '';
    // URL drops default ports, so splice it into the text instead.
    if (def) out.push(url.replace(`${u.protocol}//${u.host}`, `${u.protocol}//${u.hostname}:${def}`));
  }
  return [...new Set(out)];
}

function toggleTrailingSlash(url: string): string | null {
  const u = parse(url);
  if (!u) return null;
  u.pathname = u.pathname.endsWith('/') && u.pathname.length > 1 ? u.pathname.slice(0, -1) : `${u.pathname}/`;
  return u.toString();
}

function swapScheme(url: string): string | null {
  if (url.startsWith('https://')) return `http://${url.slice(8)}`;
  if (url.startsWith('http://')) return `https://${url.slice(7)}`;
  return null;
}

function forwardedHost(view: RequestView): { proto: string | null; host: string | null } {
  const fwd = view.headers.get('forwarded');
  let proto = view.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? null;
  let host = view.headers.get('x-forwarded-host')?.split(',')[0]?.trim() ?? null;
  if (fwd) {
    for (const part of fwd.split(',')[0]?.split(';') ?? []) {
      const [k, v] = part.split('=').map((s) => s.trim().replace(/^"|"$/g, ''));
      if (k?.toLowerCase() === 'proto' && v) proto = v;
      if (k?.toLowerCase() === 'host' && v) host = v;
    }
  }
  return { proto, host };
}

/** Other URLs the sender may have signed, each with a short reason, for diagnosis. */
export function diagnosticUrlCandidates(
  view: RequestView,
  exclude: readonly string[],
): { url: string; why: string }[] {
  const out: { url: string; why: string }[] = [];
  const seen = new Set(exclude);
  const add = (url: string | null, why: string) => {
    if (!url || seen.has(url) || out.length >= 32) return;
    seen.add(url);
    out.push({ url, why });
  };
  const path = view.req.path;
  const bases: { url: string; why: string }[] = [];
  if (view.req.url) bases.push({ url: view.req.url, why: 'the URL as the receiver saw it' });
  if (view.req.publicUrl)
    bases.push({ url: joinPublicUrl(view.req.publicUrl, path), why: 'the configured public URL' });
  const { proto, host } = forwardedHost(view);
  if (host)
    bases.push({ url: `${proto ?? 'https'}://${host}${path}`, why: 'the X-Forwarded-Host / Forwarded URL' });
  const hostHeader = view.headers.get('host');
  if (hostHeader) bases.push({ url: `https://${hostHeader}${path}`, why: 'the Host header with https' });
  for (const b of bases) {
    add(b.url, b.why);
    const swapped = swapScheme(b.url);
    add(swapped, `${b.why}, with ${swapped?.startsWith('https') ? 'https' : 'http'}`);
    for (const candidate of [b.url, swapped]) {
      if (!candidate) continue;
      for (const v of portVariants(candidate).slice(1)) add(v, `${b.why}, port changed`);
      add(toggleTrailingSlash(candidate), `${b.why}, trailing slash toggled`);
    }
  }
  return out;
}
