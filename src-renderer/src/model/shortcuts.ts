// Matching key presses against the one shortcuts table (@shared/shortcuts) and naming its keys for
// the help overlay. Pure, so the rules (mod means ⌘ or Ctrl, Alt never matches, a typed "?" already
// carries its Shift) are unit-tested.
import {
  shortcuts,
  type KeyBinding,
  type Shortcut,
  type ShortcutGroup,
  type ShortcutId,
} from '@shared/shortcuts';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const table = shortcuts as readonly (Shortcut & { id: ShortcutId })[];

/** Punctuation keys report the character Shift produced ("?"), so Shift is not checked for them. */
const shiftImplied = (key: string) => key.length === 1 && key.toLowerCase() === key.toUpperCase();

export function bindingMatches(binding: KeyBinding, press: KeyPress): boolean {
  if (press.altKey) return false;
  if ((press.ctrlKey || press.metaKey) !== !!binding.mod) return false;
  if (!shiftImplied(binding.key) && press.shiftKey !== !!binding.shift) return false;
  return press.key.length === 1
    ? press.key.toLowerCase() === binding.key.toLowerCase()
    : press.key === binding.key;
}

/** The shortcut a key press stands for, or null. */
export function matchShortcut(press: KeyPress): ShortcutId | null {
  for (const shortcut of table)
    if (!shortcut.informational && shortcut.keys.some((b) => bindingMatches(b, press))) return shortcut.id;
  return null;
}

/** The detail tab a digit picks (1 → the first tab), or null. */
export function detailTabIndex(press: KeyPress): number | null {
  if (press.altKey || press.ctrlKey || press.metaKey || !/^[1-9]$/.test(press.key)) return null;
  return Number(press.key) - 1;
}

const keyNames: Record<string, string> = {
  ArrowDown: '↓',
  ArrowUp: '↑',
  Enter: '↵',
  Escape: 'Esc',
  Backspace: '⌫',
  PageDown: 'PgDn',
  PageUp: 'PgUp',
};

/** The keys of one binding as shown on key caps: ["Ctrl", "Shift", "⌫"], ["⌘", "K"] on a Mac. */
export function bindingKeys(binding: KeyBinding, mac: boolean): string[] {
  const key = keyNames[binding.key] ?? (binding.key.length === 1 ? binding.key.toUpperCase() : binding.key);
  const keys = [
    binding.mod ? (mac ? '⌘' : 'Ctrl') : null,
    binding.shift && !shiftImplied(binding.key) ? 'Shift' : null,
    key,
  ];
  return keys.filter((k): k is string => k !== null);
}

/** The table in display order, grouped. */
export function shortcutGroups(): { group: ShortcutGroup; shortcuts: Shortcut[] }[] {
  const groups: ShortcutGroup[] = ['Navigate', 'Capture', 'App'];
  return groups.map((group) => ({ group, shortcuts: table.filter((s) => s.group === group) }));
}
