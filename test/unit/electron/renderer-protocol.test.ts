import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appSchemePrivileges,
  contentTypeFor,
  createRendererRequestHandler,
  resolveRendererAsset,
} from '../../../src-main/electron/renderer-protocol';
import { contentSecurityPolicy } from '../../../src-main/electron/csp';

const root = resolve('/srv/hookscope/out/renderer');

describe('resolveRendererAsset', () => {
  it.each([
    ['app://hookscope/', 'index.html'],
    ['app://hookscope', 'index.html'],
    ['app://hookscope/index.html', 'index.html'],
    ['app://hookscope/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://hookscope/assets/index.css?v=1#x', 'assets/index.css'],
    ['app://hookscope/assets/a%20b.js', 'assets/a b.js'],
    // Dot segments that stay inside the root are normalised by the URL parser, which is fine.
    ['app://hookscope/assets/../index.html', 'index.html'],
  ])('maps %s inside the root', (url, inside) => {
    expect(resolveRendererAsset(root, url)).toBe(join(root, inside));
  });

  // Dot segments in the URL itself are clamped at the root by the URL parser (as in any browser):
  // they can only ever name a file inside the root.
  it.each([
    ['app://hookscope/../../etc/passwd', 'etc/passwd'],
    ['app://hookscope/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd'],
    ['app://hookscope/%2fetc%2fpasswd', 'etc/passwd'],
  ])('clamps %s inside the root', (url, inside) => {
    expect(resolveRendererAsset(root, url)).toBe(join(root, inside));
  });

  it.each([
    ['encoded slash', 'app://hookscope/..%2f..%2fetc%2fpasswd'],
    ['encoded slash after a folder', 'app://hookscope/assets/..%2f..%2f..%2fetc%2fpasswd'],
    ['encoded dot-dot-slash', 'app://hookscope/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['encoded backslash', 'app://hookscope/..%5c..%5cwindows%5cwin.ini'],
    ['NUL byte', 'app://hookscope/index.html%00.png'],
    ['malformed escape', 'app://hookscope/%E0%A4%A'],
    ['the root folder itself', 'app://hookscope/assets/..%2f'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///srv/hookscope/out/renderer/index.html'],
    ['https look-alike', 'https://hookscope/index.html'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_label, url) => {
    expect(resolveRendererAsset(root, url)).toBeNull();
  });

  it('never resolves outside the root, whatever the encoding', () => {
    const pieces = ['..', '%2e%2e', '.%2e', '%2e.', '%2f', '/', '%5c', 'etc', 'passwd', '%00', '.', '%252e'];
    let seed = 7;
    for (let attempt = 0; attempt < 2000; attempt++) {
      let path = '';
      for (let i = 0; i < 6; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        path += pieces[seed % pieces.length];
      }
      const resolved = resolveRendererAsset(root, `app://hookscope/${path}`);
      if (resolved !== null) expect(resolved.startsWith(root + sep), path).toBe(true);
    }
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['mystery.bin', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('appSchemePrivileges', () => {
  it('is a standard secure scheme that never bypasses CSP', () => {
    expect(appSchemePrivileges).toMatchObject({
      standard: true,
      secure: true,
      bypassCSP: false,
      allowServiceWorkers: false,
    });
  });
});

describe('createRendererRequestHandler', () => {
  let dir: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hookscope-protocol-'));
    const rendererRoot = join(dir, 'renderer');
    await mkdir(join(rendererRoot, 'assets'), { recursive: true });
    await writeFile(join(rendererRoot, 'index.html'), '<!doctype html><title>Hookscope</title>');
    await writeFile(join(rendererRoot, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(dir, 'secret.txt'), 'outside the renderer root');
    handle = createRendererRequestHandler({ rendererRoot });
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('serves index.html for the root with the CSP and nosniff headers', async () => {
    const response = await handle(new Request('app://hookscope/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Hookscope</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves bundled assets with their type', async () => {
    const response = await handle(new Request('app://hookscope/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers HEAD without a body', async () => {
    const response = await handle(new Request('app://hookscope/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('never serves a file outside the renderer root', async () => {
    for (const url of [
      'app://hookscope/..%2fsecret.txt',
      'app://hookscope/%2e%2e/secret.txt',
      'app://hookscope/../secret.txt',
    ]) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('outside the renderer root');
    }
  });

  it('answers 404 (with the CSP) for missing files and folders', async () => {
    const missing = await handle(new Request('app://hookscope/nope.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect((await handle(new Request('app://hookscope/assets'))).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handle(new Request('app://hookscope/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('downloads a finished export as an attachment, and nothing for an unknown id', async () => {
    const path = join(dir, 'export.part');
    await writeFile(path, '{"log":{}}');
    const id = 'a'.repeat(32);
    const exporting = createRendererRequestHandler({
      rendererRoot: join(dir, 'renderer'),
      exportFile: (exportId) =>
        exportId === id
          ? { path, fileName: 'hookscope-x.har', mimeType: 'application/json', size: 10 }
          : null,
    });
    const response = await exporting(new Request(`app://hookscope/api/exports/${id}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="hookscope-x.har"');
    expect(await response.text()).toBe('{"log":{}}');
    expect((await exporting(new Request(`app://hookscope/api/exports/${'b'.repeat(32)}`))).status).toBe(404);
    expect((await exporting(new Request('app://hookscope/api/exports/..%2Fsecret.txt'))).status).toBe(404);
  });
});
