// One section of the Settings view: its title (the deep-link target), what it does, its fields and
// its own Save, so a change in one section never carries half-typed values of another. The section
// validates with its schema (built from the contract's rules) and saves the patch the schema makes.
import type { ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import type { SettingsPatch } from '../../model/settings-forms';
import { FormError } from '../../components/form/inputs';
import { sectionTitles, type SettingsSection } from './settings-sections';
import { useSaveSettings } from './use-save-settings';
import styles from './settings.module.css';
import { SavedNote } from '../../components/SavedNote';

interface SectionProps<V extends FieldValues> {
  section: SettingsSection;
  help: ReactNode;
  highlighted: boolean;
  /** The form's values as typed → the updateSettings patch (or the fields' messages). */
  schema: z.ZodType<SettingsPatch, V>;
  /** The saved settings as form values. */
  values: V;
  children(form: UseFormReturn<V, unknown, SettingsPatch>): ReactNode;
}

export function SettingsSectionForm<V extends FieldValues>(props: SectionProps<V>) {
  const { section } = props;
  const { save, error, savedAt } = useSaveSettings(section);
  const form = useForm<V, unknown, SettingsPatch>({
    defaultValues: props.values as DefaultValues<V>,
    resolver: zodResolver(props.schema),
  });
  const { isDirty, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (patch) => {
    const typed = form.getValues();
    // Saved as typed: the form is clean again and "Saved" shows until the next edit.
    if (await save(patch)) form.reset(typed);
  });
  return (
    <form
      id={`settings-${section}`}
      className={styles.section}
      data-highlighted={props.highlighted || undefined}
      aria-labelledby={`settings-${section}-title`}
      onSubmit={(e) => void submit(e)}
      data-testid={`settings-${section}`}
      noValidate
    >
      <h3 className={styles.title} id={`settings-${section}-title`}>
        {sectionTitles[section]}
      </h3>
      <p className={styles.help}>{props.help}</p>
      {props.children(form)}
      <div className={styles.footer}>
        <FormError message={error} />
        {!error && savedAt !== null && !isDirty && <SavedNote>Saved</SavedNote>}
        <button
          type="submit"
          className="btn btn-xs btn-primary"
          disabled={!isDirty || isSubmitting}
          data-testid={`settings-${section}-save`}
        >
          {isSubmitting ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
