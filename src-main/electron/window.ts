// The one application window: secure webPreferences, remembered bounds, shown when painted.
import { BrowserWindow, screen } from 'electron';
import { MIN_WINDOW_SIZE, loadWindowState, saveWindowState } from './window-state';
import { secureWebPreferences } from './security';

export interface MainWindowOptions {
  preloadPath: string;
  /** JSON file in userData holding the last bounds. */
  stateFile: string;
  title: string;
}

/** Creates the window (hidden until painted); the caller loads the URL once it has kept a reference. */
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
    // A copy: the policy object is frozen, and Electron owns what it is given.
    webPreferences: { ...secureWebPreferences(options.preloadPath) },
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

  return window;
}

/** Bring the window to the front (second launch, dock click). */
export function focusWindow(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
