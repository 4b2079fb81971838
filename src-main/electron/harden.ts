// Applies the pure policy in security.ts to live Electron objects. Typed structurally (the few
// methods we call) so tests drive it with fakes; main.ts passes the real session and webContents.
import type { Session, WebContents } from 'electron';
import { allowPermission, decideWindowOpen, isAllowedNavigation } from './security';

type PreventableEvent = { preventDefault(): void };
type UrlEventListener = (event: PreventableEvent, url: string) => void;

export type HardenableWebContents = Pick<WebContents, 'setWindowOpenHandler'> & {
  on(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', listener: UrlEventListener): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
};

export type HardenableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/**
 * Every webContents (the window and anything a compromised page might spawn): no new windows,
 * no navigation, no <webview>. Vetted http(s) links from window.open go to the user's browser.
 */
export function hardenWebContents(
  contents: HardenableWebContents,
  openExternal: (url: string) => unknown,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally !== null)
      void Promise.resolve(openExternal(decision.openExternally)).catch(() => {});
    return { action: decision.action };
  });
  const refuseNavigation: UrlEventListener = (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-frame-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The session refuses every permission request and check, except those allowPermission grants to
 * our own UI's main frame (the sanitized clipboard write behind the copy buttons).
 */
export function hardenSession(session: HardenableSession, origins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(
      allowPermission(permission, { url: details.requestingUrl, isMainFrame: details.isMainFrame }, origins),
    ),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    allowPermission(
      permission,
      { url: requestingOrigin || details.requestingUrl, isMainFrame: details.isMainFrame },
      origins,
    ),
  );
}
