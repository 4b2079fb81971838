// The renderer's Content-Security-Policy, sent as a response header by the app:// protocol handler
// (a header, not a <meta>, so it also covers the HTML document itself and cannot be edited by the page).
//
// - scripts: only our bundled files; no inline script, no eval (React and our code need neither).
// - styles: our CSS files only. No 'unsafe-inline': the UI uses plain CSS / CSS modules, not
//   runtime CSS-in-JS. Inline `style=` attributes set through the CSSOM by React still work.
// - connect-src 'self': the IPC bridge needs no network from the page; the receiver is never fetched
//   by the renderer.
// - img-src allows data:/blob: so a captured image body can be previewed from its bytes.
const directives: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

export const contentSecurityPolicy = Object.entries(directives)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/** Parsed view, for tests and for anyone who needs one directive. */
export function cspDirectives(policy: string = contentSecurityPolicy): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}
