// Electron smoke suite: the real app (out/, built by `npm run build`) driven through Playwright's
// _electron. Runs wherever an Electron binary exists; elsewhere the whole file is skipped and the
// reason printed, because the binary cannot be downloaded on every machine.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from './electron-binary';
import { operationNames } from '@shared/contract';
import type { EventEnvelope, HookscopeBridge } from '@shared/bridge';
import type { CapturePage, ServiceStatus } from '@shared/types';

const binary = findElectronBinary();
const skipReason = `Electron smoke suite skipped: ${binary.reason ?? ''}`;
if (binary.path === null) console.log(skipReason);
test.skip(binary.path === null, skipReason);

const repoRoot = resolve(import.meta.dirname, '..', '..');

/** What page code sees (the node tsconfig has no DOM types, so the window is typed here). */
type AppWindow = {
  hookscope: HookscopeBridge;
  __envelopes?: EventEnvelope[];
  open(url: string): unknown;
  location: { href: string };
};

test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let page: Page;
let userData: string;

test.beforeAll(async () => {
  if (!existsSync(join(repoRoot, 'out', 'main', 'index.js'))) {
    throw new Error('out/main/index.js is missing: run `npm run build` before the Electron smoke suite.');
  }
  userData = mkdtempSync(join(tmpdir(), 'hookscope-e2e-electron-'));
  app = await electron.launch({
    executablePath: binary.path!,
    args: ['.'],
    cwd: repoRoot,
    env: {
      ...(process.env as Record<string, string>),
      HOOKSCOPE_USER_DATA_DIR: userData,
      HOOKSCOPE_RECEIVER_PORT: '0',
      ELECTRON_ENABLE_LOGGING: '1',
    },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

test('opens one window on the app:// origin', async () => {
  expect(app.windows()).toHaveLength(1);
  expect(page.url()).toMatch(/^app:\/\/hookscope\//);
  await expect(page).toHaveTitle(/Hookscope/);
});

test('exposes the bridge as named functions only', async () => {
  const shape = await page.evaluate(() => {
    const win = globalThis as unknown as AppWindow & Record<string, unknown>;
    const bridge = win.hookscope as unknown as Record<string, unknown>;
    return {
      keys: Object.keys(bridge).sort(),
      functions: Object.keys(bridge)
        .filter((key) => typeof bridge[key] === 'function')
        .sort(),
      transport: bridge.transport,
      hasRequire: typeof win.require,
      hasProcess: typeof win.process,
      hasIpc: typeof win.ipcRenderer,
    };
  });
  expect(shape.keys).toEqual([...operationNames, 'onCommand', 'subscribe', 'transport'].sort());
  expect(shape.functions).toEqual([...operationNames, 'onCommand', 'subscribe'].sort());
  expect(shape.transport).toBe('ipc');
  expect(shape).toMatchObject({ hasRequire: 'undefined', hasProcess: 'undefined', hasIpc: 'undefined' });
});

test('a capture POSTed to the receiver appears, live', async () => {
  await page.evaluate(() => {
    const win = globalThis as unknown as AppWindow;
    win.__envelopes = [];
    win.hookscope.subscribe((envelope) => win.__envelopes!.push(envelope));
  });
  const status = (await page.evaluate(() =>
    (globalThis as unknown as AppWindow).hookscope.getStatus({}),
  )) as ServiceStatus;
  expect(status.mode).toBe('electron');

  const path = `/e2e-electron/${Date.now()}`;
  const body = JSON.stringify({ event: 'smoke.test', marker: path });
  const response = await fetch(new URL(path, status.receiverUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  expect(response.status).toBeLessThan(300);

  await expect
    .poll(async () => {
      const page1 = (await page.evaluate(() =>
        (globalThis as unknown as AppWindow).hookscope.listCaptures({ limit: 20 }),
      )) as CapturePage;
      return page1.items.map((item) => item.path);
    })
    .toContain(path);

  await expect
    .poll(() =>
      page.evaluate(
        (wanted) =>
          ((globalThis as unknown as AppWindow).__envelopes ?? []).some(
            (envelope) =>
              envelope.event === 'capture.added' && (envelope.payload as { path?: string }).path === wanted,
          ),
        path,
      ),
    )
    .toBe(true);

  await expect(page.getByText(path).first()).toBeVisible();
});

test('refuses bad input with a code that survives the context bridge', async () => {
  const failure = await page.evaluate(async () => {
    try {
      await (globalThis as unknown as AppWindow).hookscope.getCapture({ id: -1 });
      return null;
    } catch (error) {
      return error as { code?: string };
    }
  });
  expect(failure).toMatchObject({ code: 'invalid_input' });
});

test('blocks eval, window.open and navigation', async () => {
  const evalResult = await page.evaluate(() => {
    try {
      return String((0, eval)('1 + 1'));
    } catch {
      return 'blocked';
    }
  });
  expect(evalResult).toBe('blocked');

  // about:blank: a same-origin popup a page could script; refused, and nothing goes to the browser.
  const opened = await page.evaluate(() => (globalThis as unknown as AppWindow).open('about:blank') === null);
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);

  const before = page.url();
  await page.evaluate(() => {
    (globalThis as unknown as AppWindow).location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
});
