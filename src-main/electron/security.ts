// Pure security policy for the Electron shell: constants and predicates only, no electron import,
// so every rule here is unit-tested under plain Node. harden.ts applies them to live objects.
import { APP_ORIGIN } from './app-origin';

/**
 * The one set of webPreferences for every window. The renderer is untrusted (it renders attacker
 * controlled webhook payloads): isolated, sandboxed, no Node, no <webview>, and only our preload.
 */
export function secureWebPreferences(preloadPath: string) {
  return Object.freeze({
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  } as const);
}

export type SecureWebPreferences = ReturnType<typeof secureWebPreferences>;

/**
 * May this URL be handed to the OS (shell.openExternal)? Only plain http(s) links without
 * embedded credentials: anything else (file:, javascript:, data:, smb:, custom app schemes like
 * vscode: or ms-msdt:) can launch local programs or read local files.
 */
export function isAllowedExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return false;
  // Control characters and whitespace are never part of a real link; the URL parser would strip
  // some of them silently, which is how scheme-smuggling tricks work.
  if (hasControlCharOrSpace(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.hostname === '') return false;
  return true;
}

export interface WindowOpenDecision {
  /** Electron's setWindowOpenHandler answer: we never let the renderer create a window. */
  action: 'deny';
  /** A vetted URL to open in the user's browser instead, or null to drop the request. */
  openExternally: string | null;
}

/** window.open / target=_blank: always denied in-app; vetted http(s) links go to the browser. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isAllowedExternalUrl(url) ? url : null };
}

/**
 * Navigation away from the loaded page (will-navigate, will-frame-navigate, will-redirect): always
 * refused and never forwarded to the browser. The UI is a single page that links out only through
 * window.open / target=_blank, which decideWindowOpen vets.
 */
export function isAllowedNavigation(_url: string): false {
  return false;
}

function hasControlCharOrSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/**
 * Web permissions granted to our own UI. Everything else (camera, microphone, geolocation,
 * notifications, clipboard *read*, …) is refused, and nothing at all is granted to any other
 * origin or to a subframe. The one exception is the sanitized clipboard *write* behind
 * navigator.clipboard.writeText: the inspector's copy buttons need it, Chromium only allows it
 * during a user gesture, and it cannot read anything back.
 */
export const permissionsGrantedToApp: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Permission requests and checks: see permissionsGrantedToApp. */
export function allowPermission(
  permission: string,
  requester: { url: string | undefined; isMainFrame: boolean },
  origins: readonly string[],
): boolean {
  if (!permissionsGrantedToApp.has(permission) || !requester.isMainFrame || !requester.url) return false;
  const origin = originOf(requester.url);
  return origin !== null && origins.includes(origin);
}

/**
 * scheme://host[:port] of a URL. Built by hand because URL.origin is the string "null" for
 * non-special schemes such as app:.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.host === '') return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** The origins whose main frame may call the IPC operations: the app, plus the dev server in dev. */
export function trustedOrigins(devServerUrl?: string | null): string[] {
  const origins = [APP_ORIGIN];
  if (devServerUrl) {
    try {
      const dev = new URL(devServerUrl);
      // Only a loopback dev server (electron-vite dev) is ever trusted.
      if (
        (dev.protocol === 'http:' || dev.protocol === 'https:') &&
        ['localhost', '127.0.0.1', '[::1]'].includes(dev.hostname)
      ) {
        origins.push(dev.origin);
      }
    } catch {
      // An unparsable dev URL trusts nothing extra.
    }
  }
  return origins;
}

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * Is this IPC sender our UI? The frame must still exist, be a top-level frame (an iframe showing
 * captured HTML must never reach the core) and be at one of the trusted origins.
 */
export function isTrustedSenderFrame(
  frame: SenderFrameLike | null | undefined,
  origins: readonly string[],
): boolean {
  if (!frame || frame.parent !== null) return false;
  const origin = originOf(frame.url);
  return origin !== null && origins.includes(origin);
}
