// Saving one section of the settings: updateSettings with just that section's fields. The saved
// settings reach the cache (the mutation's effect and `settings.changed`), so every view (and the
// form, restarted from them) follows.
import { useState } from 'react';
import { useMutation } from '../../data/use-operation';
import type { SettingsPatch } from '../../model/settings-forms';

/**
 * Sections saved since the view opened. A save changes the settings, which restarts the section's
 * form from them (a new component): "Saved" has to outlive that.
 */
const savedSections = new Set<string>();

export function forgetSavedSections(): void {
  savedSections.clear();
}

export function useSaveSettings(section: string): {
  save(patch: SettingsPatch): Promise<boolean>;
  error: string | null;
  savedAt: number | null;
} {
  const update = useMutation('updateSettings');
  const [error, setError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(() => (savedSections.has(section) ? 0 : null));
  const save = async (patch: SettingsPatch) => {
    setError(null);
    // Marked before the answer: settings.changed (which restarts the form) may come first.
    savedSections.add(section);
    try {
      await update.mutateAsync(patch);
      setSavedAt(Date.now());
      return true;
    } catch (e) {
      savedSections.delete(section);
      setError((e as { message?: string }).message ?? 'Not saved');
      return false;
    }
  };
  return { save, error, savedAt };
}
