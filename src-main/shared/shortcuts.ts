// Every keyboard shortcut, once. The Electron menu takes its accelerators from here, the renderer
// matches key presses against it, and the `?` overlay lists it — so the three cannot disagree.
// Plain data, no imports beyond a type: the renderer, the preload and the shell all read it.
import type { AppCommand } from './bridge';

/** One key press. `mod` is ⌘ on macOS and Ctrl elsewhere. */
export interface KeyBinding {
  key: string;
  mod?: boolean;
  shift?: boolean;
}

export type ShortcutGroup = 'Navigate' | 'Capture' | 'App';

export interface Shortcut {
  id: string;
  label: string;
  group: ShortcutGroup;
  keys: readonly KeyBinding[];
  /** The desktop menu's command for this shortcut (its first `mod` binding is the accelerator). */
  command?: AppCommand;
  /** Listed in the help but matched by its own rule (the digits 1–9), not by its bindings. */
  informational?: boolean;
}

export const shortcuts = [
  { id: 'moveDown', label: 'Next capture', group: 'Navigate', keys: [{ key: 'ArrowDown' }, { key: 'j' }] },
  { id: 'moveUp', label: 'Previous capture', group: 'Navigate', keys: [{ key: 'ArrowUp' }, { key: 'k' }] },
  { id: 'pageDown', label: 'A page down', group: 'Navigate', keys: [{ key: 'PageDown' }] },
  { id: 'pageUp', label: 'A page up', group: 'Navigate', keys: [{ key: 'PageUp' }] },
  { id: 'first', label: 'Newest capture', group: 'Navigate', keys: [{ key: 'Home' }] },
  { id: 'last', label: 'Oldest loaded capture', group: 'Navigate', keys: [{ key: 'End' }] },
  { id: 'open', label: 'Open the selected capture', group: 'Navigate', keys: [{ key: 'Enter' }] },
  { id: 'back', label: 'Back (detail → list → no selection)', group: 'Navigate', keys: [{ key: 'Escape' }] },
  {
    id: 'focusSearch',
    label: 'Search',
    group: 'Navigate',
    keys: [{ key: 'k', mod: true }, { key: '/' }],
    command: 'focusSearch',
  },
  { id: 'toggleView', label: 'Captures ↔ Conversations', group: 'Navigate', keys: [{ key: 'v' }] },
  // The digits pick the detail tab in the order shown; the table lists the first for the help.
  { id: 'detailTab', label: 'Detail tab 1–9', group: 'Capture', keys: [{ key: '1' }], informational: true },
  {
    id: 'clearCaptures',
    label: 'Clear all captures…',
    group: 'App',
    keys: [{ key: 'Backspace', mod: true, shift: true }],
    command: 'clearCaptures',
  },
  {
    id: 'toggleTheme',
    label: 'Light / dark theme',
    group: 'App',
    keys: [{ key: 'l', mod: true, shift: true }],
    command: 'toggleTheme',
  },
  { id: 'showShortcuts', label: 'This list of shortcuts', group: 'App', keys: [{ key: '?', shift: true }] },
] as const satisfies readonly Shortcut[];

export type ShortcutId = (typeof shortcuts)[number]['id'];

/** Electron's accelerator syntax for a binding: `CmdOrCtrl+Shift+Backspace`. */
export function accelerator(binding: KeyBinding): string {
  const key = binding.key.length === 1 ? binding.key.toUpperCase() : binding.key;
  return [binding.mod ? 'CmdOrCtrl' : null, binding.shift ? 'Shift' : null, key].filter(Boolean).join('+');
}

/** The menu accelerator of each app command. */
export function commandAccelerator(command: AppCommand): string {
  const shortcut = (shortcuts as readonly Shortcut[]).find((s) => s.command === command);
  const binding = shortcut?.keys.find((k) => k.mod) ?? shortcut?.keys[0];
  if (!binding) throw new Error(`No shortcut for the app command ${command}`);
  return accelerator(binding);
}
