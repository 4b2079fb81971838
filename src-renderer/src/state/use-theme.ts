// Theme preference: follow the OS by default; the toggle pins light or dark (stored per machine).
// The effective theme is written to <html data-theme> so plain CSS variables do the rest.
import { useCallback, useEffect, useState } from 'react';

export type ThemePreference = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

const storageKey = 'hookscope.theme';
const query = '(prefers-color-scheme: dark)';

function readPreference(): ThemePreference {
  try {
    const v = localStorage.getItem(storageKey);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

function systemTheme(): Theme {
  return window.matchMedia(query).matches ? 'dark' : 'light';
}

/** Called before the first render so a dark-mode user never sees a white flash. */
export function applyInitialTheme(): void {
  const preference = readPreference();
  const theme = preference === 'system' ? systemTheme() : preference;
  document.documentElement.dataset.theme = theme;
}

export function useTheme(): {
  preference: ThemePreference;
  theme: Theme;
  cycle: () => void;
  toggle: () => void;
} {
  const [preference, setPreference] = useState<ThemePreference>(readPreference);
  const [system, setSystem] = useState<Theme>(systemTheme);

  useEffect(() => {
    const mq = window.matchMedia(query);
    const onChange = () => setSystem(mq.matches ? 'dark' : 'light');
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);

  const theme: Theme = preference === 'system' ? system : preference;

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const store = useCallback((next: ThemePreference) => {
    setPreference(next);
    try {
      if (next === 'system') localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, next);
    } catch {
      // preference just won't persist
    }
  }, []);

  /** system → the opposite of what the OS shows → back to system: two clicks always return home. */
  const cycle = useCallback(() => {
    if (preference === 'system') store(system === 'dark' ? 'light' : 'dark');
    else store('system');
  }, [preference, system, store]);

  /** Flips the visible theme (menu command / shortcut). */
  const toggle = useCallback(() => store(theme === 'dark' ? 'light' : 'dark'), [theme, store]);

  return { preference, theme, cycle, toggle };
}
