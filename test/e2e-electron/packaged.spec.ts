// Smoke test of the packaged app — what users install — on a release machine, after
// `npm run dist -- --dir` has produced dist/linux-unpacked (or dist/mac*/Hookscope.app, dist/win-unpacked).
// Elsewhere (no Electron could be downloaded, so nothing was packaged) the file is skipped and the
// reason printed.
//
// Playwright's _electron cannot drive this build: _electron.launch passes --inspect=0 and waits for
// the Node inspector, which the production EnableNodeCliInspectArguments fuse disables (Playwright
// documents this; re-enabling the fuse for tests would mean testing a different binary). So the app
// is started the way a user starts it, plus Chromium's --remote-debugging-port (a Chromium switch no
// fuse governs), and Playwright attaches to the renderer over CDP. The development-build suite
// (smoke.spec.ts) keeps using _electron.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { findElectronBinary } from './electron-binary';
import { operationNames } from '@shared/contract';
import type { HookscopeBridge } from '@shared/bridge';
import type { CapturePage, ServiceStatus } from '@shared/types';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string })
  .version;

/** Executable of the unpacked app for this platform (names follow electron-builder.config.cjs). */
function packagedExecutable():
  { executable: string; fuseFile: string } | { executable: null; expected: string } {
  const override = process.env.HOOKSCOPE_PACKAGED_APP;
  const candidates =
    process.platform === 'darwin'
      ? ['mac-arm64', 'mac', 'mac-universal'].map((dir) =>
          join(repoRoot, 'dist', dir, 'Hookscope.app', 'Contents', 'MacOS', 'Hookscope'),
        )
      : process.platform === 'win32'
        ? [join(repoRoot, 'dist', 'win-unpacked', 'Hookscope.exe')]
        : [join(repoRoot, 'dist', 'linux-unpacked', 'hookscope')];
  const executable = override ?? candidates.find((candidate) => existsSync(candidate));
  if (!executable || !existsSync(executable))
    return { executable: null, expected: override ?? candidates.join(' or ') };
  // On macOS the fuse wire lives in the framework binary, not in the launcher.
  const fuseFile = executable.includes('.app')
    ? join(executable, '..', '..', 'Frameworks', 'Electron Framework.framework', 'Electron Framework')
    : executable;
  return { executable, fuseFile };
}

const app = packagedExecutable();
// Packaging needs Electron, which electron-builder downloads; the dev binary's absence says why
// nothing could be packaged on this machine.
const electronHere = findElectronBinary();
const skipReason =
  app.executable === null
    ? `Packaged-app smoke skipped: no unpacked app at ${app.expected}. Build one with \`npm run dist -- --dir\` ` +
      `on a machine that can download Electron${electronHere.reason ? ` (here: ${electronHere.reason})` : ''}.`
    : null;
if (skipReason) console.log(skipReason);
test.skip(skipReason !== null, skipReason ?? '');

test.describe.configure({ mode: 'serial' });

const tempDirs: string[] = [];
const children: ChildProcess[] = [];

/** Starts the packaged app with its own profile and a free receiver port; collects its output. */
function start(args: string[], extraEnv: Record<string, string> = {}) {
  const userData = mkdtempSync(join(tmpdir(), 'hookscope-packaged-'));
  tempDirs.push(userData);
  const env: Record<string, string> = { ...(process.env as Record<string, string>) };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(app.executable!, args, {
    env: { ...env, HOOKSCOPE_USER_DATA_DIR: userData, HOOKSCOPE_RECEIVER_PORT: '0', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

/** Waits for a pattern in the app's output, or fails when the app exits or the time is up. */
function waitForOutput(
  run: ReturnType<typeof start>,
  pattern: RegExp,
  timeoutMs: number,
): Promise<RegExpMatchArray> {
  return new Promise((resolvePromise, reject) => {
    const check = () => {
      const match = run.output().match(pattern);
      if (match) finish(() => resolvePromise(match));
    };
    const onExit = (code: number | null) =>
      finish(() =>
        reject(new Error(`packaged app exited (${code}) before printing ${pattern}:\n${run.output()}`)),
      );
    const timer = setTimeout(
      () => finish(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${run.output()}`))),
      timeoutMs,
    );
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      run.child.stdout!.off('data', check);
      run.child.stderr!.off('data', check);
      run.child.off('exit', onExit);
      settle();
    };
    run.child.stdout!.on('data', check);
    run.child.stderr!.on('data', check);
    run.child.on('exit', onExit);
    check();
  });
}

/** Lets a run go for a while (or until it exits) and returns everything it printed. */
async function outputAfter(run: ReturnType<typeof start>, ms: number): Promise<string> {
  await Promise.race([
    new Promise((done) => setTimeout(done, ms)),
    new Promise((done) => run.child.once('exit', done)),
  ]);
  return run.output();
}

test.afterAll(async () => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill(); // SIGTERM: main.ts routes it through app.quit, so the core flushes
      await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

test('the packaged binary carries the production fuse wire', () => {
  if (app.executable === null) return;
  const binary = readFileSync(app.fuseFile);
  const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  const at = binary.indexOf(sentinel) + sentinel.length;
  expect(at).toBeGreaterThanOrEqual(sentinel.length);
  const wire = binary.subarray(at + 2, at + 2 + binary[at + 1]!).toString('latin1');
  // Positions: RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect, AsarIntegrity,
  // OnlyLoadAppFromAsar, (V8 snapshot: not configured), GrantFileProtocolExtraPrivileges.
  const configured = [0, 1, 2, 3, 4, 5, 7].map((index) => wire[index]).join('');
  expect(configured).toBe('0100110');
});

test.describe('running', () => {
  let browser: Browser;
  let page: Page;

  test.beforeAll(async () => {
    const run = start(['--remote-debugging-port=0']);
    const [, endpoint] = await waitForOutput(run, /DevTools listening on (ws:\/\/\S+)/, 30_000);
    browser = await chromium.connectOverCDP(endpoint!);
    await expect
      .poll(
        () =>
          browser
            .contexts()
            .flatMap((context) => context.pages())
            .map((candidate) => candidate.url()),
        {
          timeout: 30_000,
        },
      )
      .toContainEqual(expect.stringMatching(/^app:\/\/hookscope\//));
    page = browser
      .contexts()
      .flatMap((context) => context.pages())
      .find((candidate) => candidate.url().startsWith('app://hookscope/'))!;
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await browser?.close();
  });

  test('opens its window on app:// with the bridge and the packaged version', async () => {
    await expect(page).toHaveTitle(/Hookscope/);
    const bridge = await page.evaluate(() => {
      const win = globalThis as unknown as {
        hookscope?: Record<string, unknown>;
        require?: unknown;
        process?: unknown;
      };
      return {
        functions: Object.keys(win.hookscope ?? {})
          .filter((key) => typeof win.hookscope![key] === 'function')
          .sort(),
        transport: win.hookscope?.transport,
        hasRequire: typeof win.require,
        hasProcess: typeof win.process,
      };
    });
    expect(bridge.functions).toEqual([...operationNames, 'onCommand', 'subscribe'].sort());
    expect(bridge).toMatchObject({ transport: 'ipc', hasRequire: 'undefined', hasProcess: 'undefined' });
    const status = (await page.evaluate(() =>
      (globalThis as unknown as { hookscope: HookscopeBridge }).hookscope.getStatus({}),
    )) as ServiceStatus;
    expect(status).toMatchObject({ mode: 'electron', version });
  });

  test('receives and stores a webhook (express, node:sqlite and the core run from app.asar)', async () => {
    const status = (await page.evaluate(() =>
      (globalThis as unknown as { hookscope: HookscopeBridge }).hookscope.getStatus({}),
    )) as ServiceStatus;
    const path = `/packaged-smoke/${Date.now()}`;
    const response = await fetch(new URL(path, status.receiverUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ event: 'packaged.smoke' }),
    });
    expect(response.status).toBeLessThan(300);
    await expect
      .poll(async () => {
        const captures = (await page.evaluate(() =>
          (globalThis as unknown as { hookscope: HookscopeBridge }).hookscope.listCaptures({ limit: 20 }),
        )) as CapturePage;
        return captures.items.map((item) => item.path);
      })
      .toContain(path);
  });
});

test('ignores --inspect (EnableNodeCliInspectArguments fuse off)', async () => {
  const output = await outputAfter(start(['--inspect=0']), 8_000);
  expect(output).not.toMatch(/Debugger listening on/);
});

test('ignores ELECTRON_RUN_AS_NODE (RunAsNode fuse off)', async () => {
  const run = start(['-e', 'process.stdout.write("RAN_AS_NODE")'], { ELECTRON_RUN_AS_NODE: '1' });
  const output = await outputAfter(run, 8_000);
  expect(output).not.toContain('RAN_AS_NODE');
});
