// The headless server prints a URL with `#token=…`. The fragment never reaches a server log, but it
// would stay in the address bar, history and screenshots — so read it once, keep it in this tab's
// sessionStorage (survives reload, dies with the tab) and strip it from the URL.
const storageKey = 'hookscope.token';

export function takeTokenFromLocation(
  loc: Location = window.location,
  hist: History = window.history,
): string | null {
  const fragment = new URLSearchParams(loc.hash.replace(/^#/, ''));
  const fromUrl = fragment.get('token');
  if (fromUrl) {
    try {
      sessionStorage.setItem(storageKey, fromUrl);
    } catch {
      // Storage can be disabled; the token still works for this page load.
    }
    fragment.delete('token');
    const rest = fragment.toString();
    hist.replaceState(hist.state, '', `${loc.pathname}${loc.search}${rest ? `#${rest}` : ''}`);
    return fromUrl;
  }
  try {
    return sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function forgetToken(): void {
  try {
    sessionStorage.removeItem(storageKey);
  } catch {
    // nothing to forget
  }
}
