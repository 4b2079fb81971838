// Saving one section of the settings: updateSettings with just that section's fields. The saved
// settings come back through `settings.changed`, so every view (and the form, reset from them)
// follows.
import { useState } from 'react';
import type { OperationInput } from '../../../../src-main/shared/contract';
import { toApiError } from '../../api/api-error';
import { useServices } from '../../state/app-context';

export type SettingsPatch = OperationInput<'updateSettings'>;

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
  const { client } = useServices();
  const [error, setError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(() => (savedSections.has(section) ? 0 : null));
  const save = async (patch: SettingsPatch) => {
    setError(null);
    // Marked before the answer: settings.changed (which restarts the form) may come first.
    savedSections.add(section);
    try {
      await client.call('updateSettings', patch);
      setSavedAt(Date.now());
      return true;
    } catch (e) {
      savedSections.delete(section);
      setError(toApiError(e).message);
      return false;
    }
  };
  return { save, error, savedAt };
}
