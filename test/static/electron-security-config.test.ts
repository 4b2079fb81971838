// Static assertions over the Electron shell's sources: the secure settings are the only ones used,
// and the wiring in main.ts applies every guard. Unit tests cover what each guard does.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const shellDirs = ['src-main/electron', 'src-main/preload'].map((dir) => resolve(dir));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Source without comments, so a "why" comment naming a bad setting does not trip the checks. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const files = shellDirs.flatMap(sourceFiles);
const mainSource = code(resolve('src-main/electron/main.ts'));

describe('Electron shell sources', () => {
  it.each([
    /sandbox\s*:\s*false/,
    /contextIsolation\s*:\s*false/,
    /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/,
    /webviewTag\s*:\s*true/,
    /webSecurity\s*:\s*false/,
    /allowRunningInsecureContent\s*:\s*true/,
    /bypassCSP\s*:\s*true/,
    /unsafe-eval/,
    /unsafe-inline/,
    /\.loadFile\(/,
    /file:\/\//,
    /enableRemoteModule/,
  ])('never contain %s', (pattern) => {
    for (const file of files) expect(code(file), relative(process.cwd(), file)).not.toMatch(pattern);
  });

  it('create windows only with secureWebPreferences', () => {
    const creators = files.filter((file) => /new BrowserWindow\(/.test(code(file)));
    expect(creators.map((file) => relative(process.cwd(), file))).toEqual([
      join('src-main', 'electron', 'window.ts'),
    ]);
    const windowSource = code(creators[0]!);
    expect(windowSource).toMatch(/webPreferences:\s*\{\s*\.\.\.secureWebPreferences\([^)]*\)\s*\}/);
    expect(windowSource.match(/webPreferences\s*:/g)).toHaveLength(1);
  });

  it('call shell.openExternal only behind isAllowedExternalUrl', () => {
    const callers = files.filter((file) => /openExternal\(/.test(code(file)) && /\bshell\b/.test(code(file)));
    expect(callers.map((file) => relative(process.cwd(), file))).toEqual([
      join('src-main', 'electron', 'main.ts'),
    ]);
    expect(mainSource).toMatch(/isAllowedExternalUrl\(url\)\s*\?\s*shell\.openExternal\(url\)/);
  });
});

describe('main.ts wiring', () => {
  it.each([
    ['registers app:// as a privileged scheme before ready', /protocol\.registerSchemesAsPrivileged\(/],
    [
      'serves the renderer through the app:// handler',
      /protocol\.handle\(\s*APP_SCHEME,\s*createRendererRequestHandler\(/,
    ],
    ['takes the single-instance lock', /app\.requestSingleInstanceLock\(\)/],
    ['focuses the first window on a second launch', /'second-instance'[\s\S]{0,80}focusWindow\(/],
    ['hardens every webContents as it is created', /'web-contents-created'[\s\S]{0,120}hardenWebContents\(/],
    ['denies permissions on the default session', /hardenSession\(session\.defaultSession/],
    ['binds IPC with the sender-frame check', /bindOperations\(ipcMain,[\s\S]{0,80}isTrustedSenderFrame\(/],
    ['forwards service events to the window', /forwardServiceEvents\(core\.service/],
    ['flushes the core before quitting', /flushBeforeQuit\(app,\s*\(\)\s*=>\s*core\.close\(\)/],
    ['keeps data under userData', /app\.getPath\('userData'\)/],
  ])('%s', (_label, pattern) => {
    expect(mainSource).toMatch(pattern);
  });
});
