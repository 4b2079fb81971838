// Keeps a form's unsaved input in the model's drafts (model/form-drafts.ts) while it is edited and
// puts it back when the form mounts again, so switching pane or capture loses nothing. The draft is
// dropped once the form is sent (discard) or edited back to where it started.
import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { FieldValues, UseFormReset, UseFormWatch } from 'react-hook-form';
import { formDrafts } from '../../model/form-drafts';

export function useFormDraft<V extends FieldValues>(
  key: string,
  form: { reset: UseFormReset<V>; watch: UseFormWatch<V> },
  baseline: V,
): { restored: boolean; discard(): void } {
  // Whether this opening found a draft (the form can say "unsent edits restored").
  const [restored, setRestored] = useState(() => formDrafts.has(key));
  const start = useRef(baseline);
  const { reset, watch } = form;
  useEffect(() => {
    const draft = formDrafts.draft<V>(key);
    // Kept as edits over the start values, so the form shows them as unsaved.
    if (draft) reset(draft, { keepDefaultValues: true });
    const watching = watch((values) => formDrafts.keep(key, values, start.current));
    return () => watching.unsubscribe();
  }, [key, reset, watch]);
  return {
    restored,
    discard() {
      formDrafts.discard(key);
      setRestored(false);
    },
  };
}

/**
 * useState for a form kept as one value (a list of rules, forward settings): starts from the draft
 * when there is one, else from `baseline` (what is saved), and keeps every change as the draft.
 */
export function useDraftState<T>(key: string, baseline: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => formDrafts.draft<T>(key) ?? baseline);
  useEffect(() => formDrafts.keep(key, value, baseline), [key, value, baseline]);
  return [value, setValue];
}
