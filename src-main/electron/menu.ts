// The native menu: the usual platform roles plus Hookscope's app commands. The template is built by a
// pure function (tested without electron); main.ts hands it to Menu.buildFromTemplate.
import type { MenuItemConstructorOptions } from 'electron';
import { appCommands, type AppCommand } from './app-commands';
import { commandAccelerator } from '@shared/shortcuts';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Development builds get reload and DevTools; packaged builds do not. */
  isDev: boolean;
  /** Delivers a command to the focused window's renderer (see app-commands.ts). */
  onCommand(command: AppCommand): void;
}

/** Accelerators of the app commands, from the one shortcuts table the renderer also reads. */
export const commandAccelerators: Record<AppCommand, string> = Object.fromEntries(
  appCommands.map((command) => [command, commandAccelerator(command)]),
) as Record<AppCommand, string>;

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const command = (label: string, name: AppCommand): MenuItemConstructorOptions => ({
    label,
    accelerator: commandAccelerators[name],
    click: () => options.onCommand(name),
  });

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('Clear Captures…', 'clearCaptures'),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      command('Focus Search', 'focusSearch'),
    ],
  };

  const devItems: MenuItemConstructorOptions[] = options.isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Toggle Theme', 'toggleTheme'),
      { type: 'separator' },
      ...devItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  // macOS has About in the app menu; elsewhere it lives under Help.
  const helpMenu: MenuItemConstructorOptions = { role: 'help', submenu: [{ role: 'about' }] };

  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu]
    : [fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
