import { describe, expect, it } from 'vitest';
import {
  allowPermission,
  decideWindowOpen,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isTrustedSenderFrame,
  originOf,
  secureWebPreferences,
  trustedOrigins,
} from '../../../src-main/electron/security';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../src-main/electron/app-origin';

describe('isAllowedExternalUrl', () => {
  const allowed = [
    'https://example.com',
    'https://example.com/docs?a=1#x',
    'http://example.com:8080/path',
    'https://dashboard.stripe.com/webhooks',
    'http://127.0.0.1:8787/',
    'HTTPS://EXAMPLE.COM/',
  ];
  const refused: Array<[string, unknown]> = [
    ['file URL', 'file:///etc/passwd'],
    ['javascript URL', 'javascript:alert(1)'],
    ['javascript URL with case and spaces', ' JaVaScRiPt:alert(1)'],
    ['data URL', 'data:text/html,<script>alert(1)</script>'],
    ['blob URL', 'blob:https://example.com/uuid'],
    ['custom app scheme', 'vscode://file/etc/passwd'],
    ['ms-msdt scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['smb share', 'smb://attacker/share'],
    ['our own app scheme', 'app://hookscope/index.html'],
    ['mailto', 'mailto:someone@example.com'],
    ['credentials in URL', 'https://user:pass@example.com/'],
    ['username only', 'https://user@example.com/'],
    ['relative URL', '/relative/path'],
    ['protocol-relative URL', '//example.com/x'],
    ['empty string', ''],
    ['no host', 'https://'],
    ['embedded newline', 'https://exa\nmple.com'],
    ['embedded tab in scheme', 'jav\tascript:alert(1)'],
    ['C1 control character', 'https://example.com/\u0085'],
    ['not a string', 42],
    ['null', null],
    ['overlong URL', `https://example.com/${'a'.repeat(9000)}`],
  ];

  it.each(allowed)('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each(refused)('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('decideWindowOpen', () => {
  it('denies every window and opens vetted http(s) links externally', () => {
    expect(decideWindowOpen('https://example.com/')).toEqual({
      action: 'deny',
      openExternally: 'https://example.com/',
    });
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'app://hookscope/index.html', 'about:blank', ''])(
    'denies %j without opening anything',
    (url) => {
      expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: null });
    },
  );
});

describe('isAllowedNavigation', () => {
  it.each(['https://example.com/', APP_ENTRY_URL, 'file:///etc/passwd', 'about:blank'])(
    'refuses %s',
    (url) => {
      expect(isAllowedNavigation(url)).toBe(false);
    },
  );
});

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs');

  it('isolates and sandboxes the renderer with no Node and no webview', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
    });
  });

  it('cannot be mutated by a caller', () => {
    expect(Object.isFrozen(prefs)).toBe(true);
    expect(() => {
      (prefs as { sandbox: boolean }).sandbox = false;
    }).toThrow(TypeError);
  });
});

describe('trustedOrigins', () => {
  it('trusts only the app origin in production', () => {
    expect(trustedOrigins(undefined)).toEqual([APP_ORIGIN]);
  });

  it('adds a loopback dev server origin', () => {
    expect(trustedOrigins('http://localhost:5173/')).toEqual([APP_ORIGIN, 'http://localhost:5173']);
    expect(trustedOrigins('http://127.0.0.1:5173')).toEqual([APP_ORIGIN, 'http://127.0.0.1:5173']);
  });

  it.each(['http://example.com:5173', 'file:///tmp/index.html', 'not a url', 'app://evil'])(
    'never trusts a non-loopback or odd dev URL %j',
    (url) => {
      expect(trustedOrigins(url)).toEqual([APP_ORIGIN]);
    },
  );
});

describe('isTrustedSenderFrame', () => {
  const origins = [APP_ORIGIN];
  const top = (url: string) => ({ url, parent: null });

  it('accepts the app main frame on any path', () => {
    expect(isTrustedSenderFrame(top('app://hookscope/index.html'), origins)).toBe(true);
    expect(isTrustedSenderFrame(top('app://hookscope/'), origins)).toBe(true);
  });

  it.each([
    ['another app host', top('app://hookscope.evil/index.html')],
    ['userinfo trick', top('app://hookscope@evil/index.html')],
    ['http page', top('https://hookscope/index.html')],
    ['file page', top('file:///app/out/renderer/index.html')],
    ['about:blank', top('about:blank')],
    ['empty url', top('')],
    [
      'a subframe of our page',
      { url: 'app://hookscope/index.html', parent: { url: 'app://hookscope/index.html' } },
    ],
    ['a destroyed frame', null],
  ])('refuses %s', (_label, frame) => {
    expect(isTrustedSenderFrame(frame, origins)).toBe(false);
  });

  it('accepts the dev server only when it is listed', () => {
    expect(isTrustedSenderFrame(top('http://localhost:5173/'), origins)).toBe(false);
    expect(isTrustedSenderFrame(top('http://localhost:5173/'), [...origins, 'http://localhost:5173'])).toBe(
      true,
    );
  });
});

describe('originOf', () => {
  it('builds origins for custom schemes, where URL.origin says "null"', () => {
    expect(originOf('app://hookscope/index.html')).toBe('app://hookscope');
    expect(originOf('http://localhost:5173/x')).toBe('http://localhost:5173');
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('::')).toBeNull();
  });
});

describe('allowPermission', () => {
  const origins = [APP_ORIGIN];
  const main = { url: 'app://hookscope/index.html', isMainFrame: true };

  it('grants only the sanitized clipboard write to our main frame', () => {
    expect(allowPermission('clipboard-sanitized-write', main, origins)).toBe(true);
  });

  it.each([
    'media',
    'notifications',
    'geolocation',
    'clipboard-read',
    'openExternal',
    'fullscreen',
    'midiSysex',
    'unknown',
  ])('refuses %s even to our main frame', (permission) => {
    expect(allowPermission(permission, main, origins)).toBe(false);
  });

  it.each([
    ['a subframe', { url: 'app://hookscope/index.html', isMainFrame: false }],
    ['another origin', { url: 'https://example.com/', isMainFrame: true }],
    ['an unknown requester', { url: undefined, isMainFrame: true }],
  ])('refuses the clipboard write to %s', (_label, requester) => {
    expect(allowPermission('clipboard-sanitized-write', requester, origins)).toBe(false);
  });
});
