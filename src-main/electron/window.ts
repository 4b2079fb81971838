// The one application window: secure webPreferences, remembered bounds, shown when painted.
import { BrowserWindow, screen } from 'electron';
import { MIN_WINDOW_SIZE, loadWindowState, saveWindowState } from './window-state';
import { secureWebPreferences } from './security';

export interface MainWindowOptions {
  preloadPath: string;
  /** app://hookscope/index.html, or the electron-vite dev server in development. */
  url: string;
  /** JSON file in userData holding the last bounds. */
  stateFile: string;
  title: string;
}

export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = await loadWindowState(options.stateFile, workAreas);

  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: options.title,
    show: false,
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  // Saved on move/resize (debounced, so a crash keeps a recent state) and on close.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (window.isDestroyed()) return;
    void saveWindowState(options.stateFile, window.getNormalBounds(), window.isMaximized()).catch(() => {});
  };
  const saveSoon = () => {
    clearTimeout(pending);
    pending = setTimeout(save, 500);
  };
  window.on('resized', saveSoon);
  window.on('moved', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', () => {
    clearTimeout(pending);
    save();
  });

  await window.loadURL(options.url);
  return window;
}

/** Bring the window to the front (second launch, dock click). */
export function focusWindow(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
