// Electron entry (bundled to out/main/index.js, ESM). Order matters:
//   1. before ready: privileged app:// scheme, optional test userData, single-instance lock;
//   2. on ready: permissions refused, app:// handler, core, IPC binding, events, menu, window;
//   3. on quit: the core is closed (pending captures flushed) before the process exits.
import { join } from 'node:path';
import {
  app,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
  shell,
  type BrowserWindow,
} from 'electron';
import { startCore } from '../core/start';
import { createLogger } from '../core/log/logger';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { sendCommand } from './app-commands';
import { forwardServiceEvents } from './events';
import { hardenSession, hardenWebContents } from './harden';
import { bindOperations } from './ipc';
import { buildMenuTemplate } from './menu';
import { builtAppPaths } from './paths';
import { describeKeychain, safeStorageCipher } from './secret-store';
import { setAboutPanel } from './about';
import { createEncryptedFileSecretStore } from '../core/secrets';
import { appSchemePrivileges, createRendererRequestHandler } from './renderer-protocol';
import type { ExportFileInfo } from '../core/replay/export-jobs';
import { isAllowedExternalUrl, isTrustedSenderFrame, trustedOrigins } from './security';
import { createMainWindow, focusWindow } from './window';
import { readLaunchOverrides } from './launch-overrides';
import { flushBeforeQuit } from './quit';

const logger = createLogger();

// Must happen before 'ready': Chromium fixes scheme privileges at startup.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: appSchemePrivileges }]);

const overrides = readLaunchOverrides(process.env);
// Test runs point userData at a temporary directory, so they never touch a real profile and the
// single-instance lock (which is per userData) does not collide with a running app.
if (overrides.userDataDir) app.setPath('userData', overrides.userDataDir);

let mainWindow: BrowserWindow | null = null;
/** Set once the core is up; reopens the window (macOS dock click, second launch with no window). */
let openWindow: (() => Promise<void>) | null = null;

if (!app.requestSingleInstanceLock()) {
  // Another Hookscope owns the receiver and the database: hand over (it focuses its window) and leave.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) focusWindow(mainWindow);
    else void openWindow?.().catch(fail);
  });
  // Applies to every webContents ever created, including any a compromised page might spawn.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => (isAllowedExternalUrl(url) ? shell.openExternal(url) : undefined));
  });
  // Electron's default SIGTERM/SIGINT handling exits without 'will-quit'; route them through quit
  // so the core flushes.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => app.quit());

  app.whenReady().then(start, (error: unknown) => fail(error));
}

async function start(): Promise<void> {
  try {
    // In development the renderer comes from electron-vite's loopback dev server.
    const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
    const origins = trustedOrigins(devServerUrl);
    hardenSession(session.defaultSession, origins);
    const paths = builtAppPaths(import.meta.dirname);
    // The protocol serves the UI before the core runs; downloads of exports start working after.
    const downloads: { exportFile?: (exportId: string) => ExportFileInfo | null } = {};
    protocol.handle(
      APP_SCHEME,
      createRendererRequestHandler({
        rendererRoot: paths.rendererRoot,
        exportFile: (exportId) => downloads.exportFile?.(exportId) ?? null,
      }),
    );

    const keychain = describeKeychain(safeStorage, process.platform);
    if (!keychain.encrypted)
      logger.warn(`secrets are not protected by an OS keychain (backend: ${keychain.backend})`);
    const dataDir = join(app.getPath('userData'), 'data');
    const core = await startCore({
      dataDir,
      // Secrets are encrypted with safeStorage; getStatus().secretsEncrypted tells the UI when the
      // OS offers no real keychain (Linux basic_text) so it can say so.
      secretStore: createEncryptedFileSecretStore(
        join(dataDir, 'secrets.bin'),
        safeStorageCipher(safeStorage, process.platform),
      ),
      mode: 'electron',
      version: app.getVersion(),
      logger,
      ...(overrides.receiverPort !== undefined ? { receiverPort: overrides.receiverPort } : {}),
    });
    downloads.exportFile = (exportId) => core.service.exportFile(exportId);
    flushBeforeQuit(app, () => core.close(), {
      onError: (error) => logger.error(`core close failed: ${String(error)}`),
    });

    bindOperations(ipcMain, core.service, {
      isTrustedSender: (frame) => isTrustedSenderFrame(frame, origins),
      logError: (operation, error) =>
        logger.error(`${operation}: ${error instanceof Error ? error.stack : String(error)}`),
    });
    const currentContents = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null);
    forwardServiceEvents(core.service, currentContents);

    setAboutPanel(app);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          platform: process.platform,
          appName: app.getName(),
          isDev: !app.isPackaged,
          onCommand: (command) => sendCommand(currentContents(), command),
        }),
      ),
    );

    const rendererUrl = devServerUrl && origins.length > 1 ? devServerUrl : APP_ENTRY_URL;
    let opening: Promise<void> | null = null;
    // One window at a time: a second request while one is being created waits for the same one.
    openWindow = () =>
      (opening ??= (async () => {
        const window = await createMainWindow({
          preloadPath: paths.preload,
          stateFile: join(app.getPath('userData'), 'window-state.json'),
          title: 'Hookscope',
        });
        mainWindow = window;
        window.on('closed', () => {
          if (mainWindow === window) mainWindow = null;
        });
        await window.loadURL(rendererUrl);
      })().finally(() => {
        opening = null;
      }));
    await openWindow();

    // macOS keeps the app (and the receiver) running with no window; the dock icon reopens it.
    app.on('activate', () => {
      if (mainWindow === null) void openWindow?.().catch(fail);
    });
    app.on('window-all-closed', () => {
      if (process.platform !== 'darwin') app.quit();
    });
  } catch (error) {
    fail(error);
  }
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  logger.error(`startup failed: ${error instanceof Error ? error.stack : message}`);
  dialog.showErrorBox('Hookscope could not start', message);
  app.exit(1);
}
