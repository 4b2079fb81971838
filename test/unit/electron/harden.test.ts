import { describe, expect, it, vi } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  type HardenableSession,
  type HardenableWebContents,
} from '../../../src-main/electron/harden';
import { APP_ORIGIN } from '../../../src-main/electron/app-origin';

type Listener = (event: { preventDefault(): void }, url?: string) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    setWindowOpenHandler: (handler: typeof windowOpenHandler) => {
      windowOpenHandler = handler;
    },
    on: (event: string, listener: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
  };
  /** Emits like Electron: returns whether some listener called preventDefault. */
  const emit = (event: string, url?: string) => {
    let prevented = false;
    for (const listener of listeners.get(event) ?? [])
      listener({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  const open = (url: string) => windowOpenHandler!({ url });
  return { contents: contents as unknown as HardenableWebContents, emit, open, listeners };
}

describe('hardenWebContents', () => {
  it('denies window.open and hands vetted http(s) URLs to the browser', async () => {
    const { contents, open } = fakeWebContents();
    const openExternal = vi.fn(async () => {});
    hardenWebContents(contents, openExternal);

    expect(open('https://docs.stripe.com/webhooks')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://docs.stripe.com/webhooks');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'app://hookscope/index.html', 'smb://host/share'])(
    'denies window.open(%j) and opens nothing',
    (url) => {
      const { contents, open } = fakeWebContents();
      const openExternal = vi.fn();
      hardenWebContents(contents, openExternal);
      expect(open(url)).toEqual({ action: 'deny' });
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('survives a failing openExternal', async () => {
    const { contents, open } = fakeWebContents();
    hardenWebContents(contents, () => Promise.reject(new Error('no browser')));
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'prevents %s, even to the app itself',
    (event) => {
      const { contents, emit } = fakeWebContents();
      const openExternal = vi.fn();
      hardenWebContents(contents, openExternal);
      expect(emit(event, 'https://evil.example/')).toBe(true);
      expect(emit(event, 'app://hookscope/index.html')).toBe(true);
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('prevents attaching a <webview>', () => {
    const { contents, emit } = fakeWebContents();
    hardenWebContents(contents, vi.fn());
    expect(emit('will-attach-webview')).toBe(true);
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    let request: ((...args: unknown[]) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => {
        request = handler;
      },
      setPermissionCheckHandler: (handler: typeof check) => {
        check = handler;
      },
    } as unknown as HardenableSession;
    const ask = (permission: string, requestingUrl: string, isMainFrame = true) =>
      new Promise<boolean>((resolve) => request!({}, permission, resolve, { requestingUrl, isMainFrame }));
    const checks = (permission: string, requestingOrigin: string, isMainFrame = true) =>
      check!({}, permission, requestingOrigin, { requestingUrl: requestingOrigin, isMainFrame });
    return { session, ask, checks };
  }

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'pointerLock',
    'fullscreen',
  ])('refuses the %s request and check, even from the app', async (permission) => {
    const { session, ask, checks } = fakeSession();
    hardenSession(session, [APP_ORIGIN]);
    expect(await ask(permission, 'app://hookscope/index.html')).toBe(false);
    expect(checks(permission, APP_ORIGIN)).toBe(false);
  });

  it('grants the sanitized clipboard write to the app main frame only', async () => {
    const { session, ask, checks } = fakeSession();
    hardenSession(session, [APP_ORIGIN]);
    expect(await ask('clipboard-sanitized-write', 'app://hookscope/index.html')).toBe(true);
    expect(checks('clipboard-sanitized-write', APP_ORIGIN)).toBe(true);
    expect(await ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(checks('clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect(await ask('clipboard-sanitized-write', 'app://hookscope/index.html', false)).toBe(false);
  });
});
