// Where a capture goes: a forward target (or a URL typed for a replay) combined with the path the
// provider called.
//   append:  http://localhost:3000/webhook + /wa/hook?x=1 → http://localhost:3000/webhook/wa/hook?x=1
//   replace: http://localhost:3000/webhook + /wa/hook?x=1 → http://localhost:3000/webhook?x=1
// The capture's query survives "replace" (unless the target has its own) because providers put data
// there: Twilio's bodySHA256, Meta's hub.* parameters.

export function targetUrlFor(base: string, capturePath: string, mode: 'append' | 'replace'): string {
  const target = new URL(base);
  const q = capturePath.indexOf('?');
  const path = q >= 0 ? capturePath.slice(0, q) : capturePath;
  const query = q >= 0 ? capturePath.slice(q) : '';
  const origin = `${target.protocol}//${target.host}`;
  if (mode === 'replace') {
    return origin + target.pathname + (target.search || query);
  }
  const basePath = target.pathname.replace(/\/+$/, '');
  const joined = basePath + (path.startsWith('/') ? path : `/${path}`);
  // Both queries are kept: the target's own parameters, then the provider's.
  const mergedQuery = target.search && query ? `${target.search}&${query.slice(1)}` : target.search || query;
  return origin + joined + mergedQuery;
}
