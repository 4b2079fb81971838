// The one shortcuts table: key presses match the shortcut a user expects on either platform, the
// desktop menu's accelerators come from the same entries, and the help names every key.
import { describe, expect, it } from 'vitest';
import { appCommands } from '@shared/bridge';
import { accelerator, commandAccelerator, shortcuts, type Shortcut } from '@shared/shortcuts';
import {
  bindingKeys,
  detailTabIndex,
  matchShortcut,
  shortcutGroups,
} from '../../../src-renderer/src/model/shortcuts';

const press = (
  key: string,
  mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {},
) => ({
  key,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
});

describe('matchShortcut', () => {
  it('mod is Ctrl or ⌘, and a letter matches whatever Shift did to its case', () => {
    expect(matchShortcut(press('k', { ctrl: true }))).toBe('focusSearch');
    expect(matchShortcut(press('K', { meta: true }))).toBe('focusSearch');
    expect(matchShortcut(press('L', { ctrl: true, shift: true }))).toBe('toggleTheme');
    expect(matchShortcut(press('Backspace', { meta: true, shift: true }))).toBe('clearCaptures');
  });

  it('plain keys navigate; the same keys with a modifier or Alt do not', () => {
    expect(matchShortcut(press('j'))).toBe('moveDown');
    expect(matchShortcut(press('ArrowUp'))).toBe('moveUp');
    expect(matchShortcut(press('k'))).toBe('moveUp');
    expect(matchShortcut(press('j', { ctrl: true }))).toBeNull();
    expect(matchShortcut(press('j', { alt: true }))).toBeNull();
    expect(matchShortcut(press('Backspace', { ctrl: true }))).toBeNull();
  });

  it('"?" matches with the Shift that typed it; "/" searches', () => {
    expect(matchShortcut(press('?', { shift: true }))).toBe('showShortcuts');
    expect(matchShortcut(press('/'))).toBe('focusSearch');
    expect(matchShortcut(press('v'))).toBe('toggleView');
  });

  it('digits pick a detail tab by position and are not matched as shortcuts', () => {
    expect(detailTabIndex(press('1'))).toBe(0);
    expect(detailTabIndex(press('9'))).toBe(8);
    expect(detailTabIndex(press('0'))).toBeNull();
    expect(detailTabIndex(press('2', { ctrl: true }))).toBeNull();
    expect(matchShortcut(press('1'))).toBeNull();
  });
});

describe('the desktop menu reads the same table', () => {
  it('gives every app command an accelerator in Electron syntax', () => {
    expect(appCommands.map(commandAccelerator)).toEqual([
      'CmdOrCtrl+Shift+Backspace',
      'CmdOrCtrl+K',
      'CmdOrCtrl+Shift+L',
    ]);
    expect(accelerator({ key: 'ArrowDown' })).toBe('ArrowDown');
  });

  it('has no key bound to two shortcuts', () => {
    const seen = new Set<string>();
    for (const s of shortcuts as readonly Shortcut[])
      for (const k of s.keys) {
        const id = `${k.mod ? 'mod+' : ''}${k.shift ? 'shift+' : ''}${k.key.toLowerCase()}`;
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
      }
  });
});

describe('the help', () => {
  it('names keys as they are printed on the keyboard in front of the user', () => {
    expect(bindingKeys({ key: 'Backspace', mod: true, shift: true }, false)).toEqual(['Ctrl', 'Shift', '⌫']);
    expect(bindingKeys({ key: 'k', mod: true }, true)).toEqual(['⌘', 'K']);
    expect(bindingKeys({ key: '?', shift: true }, false)).toEqual(['?']);
    expect(bindingKeys({ key: 'Escape' }, false)).toEqual(['Esc']);
  });

  it('lists every shortcut once, grouped', () => {
    const listed = shortcutGroups().flatMap((g) => g.shortcuts.map((s) => s.id));
    expect(listed.sort()).toEqual(shortcuts.map((s) => s.id).sort());
  });
});
