import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, commandAccelerators } from '../../../src-main/electron/menu';
import { appCommands } from '../../../src-main/electron/app-commands';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(platform: NodeJS.Platform, isDev = false) {
  const onCommand = vi.fn();
  const template = buildMenuTemplate({ platform, appName: 'Hookscope', isDev, onCommand });
  return { template, items: flatten(template), onCommand };
}

describe('buildMenuTemplate', () => {
  it.each(['darwin', 'linux', 'win32'] as const)(
    'on %s offers every app command with its shortcut',
    (platform) => {
      const { items, onCommand } = build(platform);
      for (const command of appCommands) {
        const item = items.find((candidate) => candidate.accelerator === commandAccelerators[command]);
        expect(item, command).toBeDefined();
        (item!.click as () => void)();
        expect(onCommand).toHaveBeenLastCalledWith(command);
      }
    },
  );

  it('uses Cmd/Ctrl+K for search and marks clearing as needing confirmation', () => {
    const { items } = build('linux');
    expect(items.find((item) => item.label === 'Focus Search')?.accelerator).toBe('CmdOrCtrl+K');
    expect(items.find((item) => item.accelerator === commandAccelerators.clearCaptures)?.label).toBe(
      'Clear Captures…',
    );
  });

  it('has no duplicate accelerators', () => {
    const { items } = build('linux', true);
    const accelerators = items.map((item) => item.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('keeps the usual roles (edit, zoom, quit)', () => {
    const roles = build('linux')
      .items.map((item) => item.role)
      .filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining([
        'copy',
        'paste',
        'cut',
        'selectAll',
        'undo',
        'redo',
        'quit',
        'zoomIn',
        'about',
      ]),
    );
  });

  it('puts the app menu first on macOS only', () => {
    expect(build('darwin').template[0]?.label).toBe('Hookscope');
    expect(build('linux').template[0]?.label).toBe('File');
  });

  it('offers reload and DevTools in development builds only', () => {
    const roles = (isDev: boolean) => build('linux', isDev).items.map((item) => item.role);
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
  });
});
