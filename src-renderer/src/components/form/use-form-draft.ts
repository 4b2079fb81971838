// Keeps a form's unsaved input in the model's drafts (model/form-drafts.ts) while it is edited and
// puts it back when the form mounts again, so switching pane or capture loses nothing. The draft is
// dropped once the form is sent (discard) or edited back to where it started.
import { useEffect, useRef, useState } from 'react';
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
  // What is saved changed (here, or in another window): a form without edits shows the new values;
  // one with edits keeps them, compared from now on with what is saved now.
  useEffect(() => {
    if (start.current === baseline) return;
    start.current = baseline;
    if (!formDrafts.has(key)) reset(baseline);
  }, [key, baseline, reset]);
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
