// Which provider verifies what: a provider forced for every capture under a path (first match
// wins), with "generic" meaning the user's own HMAC scheme, either this path's own or the default
// one (also edited here).
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import type { Settings } from '@shared/types';
import { Icon } from '../../components/Icon';
import { describedBy, Field, FieldRow } from '../../components/form/Field';
import { CheckboxField, SelectInput, TextInput } from '../../components/form/inputs';
import {
  genericHmacForm,
  genericHmacValues,
  newPathRow,
  providerByPathForm,
  providerByPathValues,
  type PathRowValues,
  type SettingsPatch,
} from '../../model/settings-forms';
import { useProviders } from '../../state/use-providers';
import { GenericHmacFields } from './GenericHmacFields';
import { SettingsSectionForm } from './SettingsSectionForm';
import styles from './settings.module.css';

interface SectionProps {
  settings: Settings;
  highlighted: boolean;
}

export function ProviderByPathSection({ settings, highlighted }: SectionProps) {
  return (
    <SettingsSectionForm
      section="provider-by-path"
      highlighted={highlighted}
      help="Captures whose path starts with a prefix are verified as that provider, whatever their headers say. The first matching prefix wins."
      schema={providerByPathForm}
      values={providerByPathValues(settings)}
    >
      {(form) => <PathRows form={form} />}
    </SettingsSectionForm>
  );
}

type PathForm = UseFormReturn<{ rows: PathRowValues[] }, unknown, SettingsPatch>;

function PathRows({ form }: { form: PathForm }) {
  const providers = useProviders();
  const rows = useFieldArray({ control: form.control, name: 'rows' });
  const values = useWatch({ control: form.control, name: 'rows' });
  const { errors } = form.formState;
  return (
    <>
      {rows.fields.length === 0 && (
        <p className={`muted ${styles.empty}`}>No path mapped: providers are detected.</p>
      )}
      {rows.fields.map((field, i) => {
        const rowErrors = errors.rows?.[i];
        const value = values[i];
        const pathId = `st-map-${i}-path`;
        return (
          <fieldset key={field.id} className={styles['map-row']} data-testid="settings-path-row">
            <legend className="visually-hidden">Path mapping {i + 1}</legend>
            <FieldRow>
              <Field id={pathId} label="Path starts with" error={rowErrors?.pathPrefix?.message}>
                <TextInput
                  placeholder="/webhooks/acme"
                  {...describedBy(pathId, rowErrors?.pathPrefix?.message)}
                  {...form.register(`rows.${i}.pathPrefix`)}
                />
              </Field>
              <Field id={`st-map-${i}-provider`} label="Provider">
                <SelectInput id={`st-map-${i}-provider`} {...form.register(`rows.${i}.provider`)}>
                  {(providers ?? []).map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </SelectInput>
              </Field>
              <button
                type="button"
                className={`btn btn-ghost btn-icon ${styles.remove}`}
                aria-label={`Remove mapping ${i + 1}`}
                onClick={() => rows.remove(i)}
              >
                <Icon name="x" size={12} />
              </button>
            </FieldRow>
            {value?.provider === 'generic' && (
              <>
                <CheckboxField
                  label="This path has its own HMAC scheme (else the default one below)"
                  {...form.register(`rows.${i}.ownScheme`)}
                />
                {value.ownScheme && (
                  <GenericHmacFields
                    register={form.register}
                    at={`rows.${i}.hmac`}
                    idPrefix={`st-map-${i}-hmac`}
                    errors={rowErrors?.hmac}
                  />
                )}
              </>
            )}
          </fieldset>
        );
      })}
      <button
        type="button"
        className="btn btn-xs"
        onClick={() => rows.append(newPathRow())}
        data-testid="settings-add-path"
      >
        + Map a path
      </button>
    </>
  );
}

export function GenericHmacSection({ settings, highlighted }: SectionProps) {
  return (
    <SettingsSectionForm
      section="generic-hmac"
      highlighted={highlighted}
      help='For senders Hookscope does not know: describe how they sign, store their secret under "Generic HMAC", and map their path to it above.'
      schema={genericHmacForm}
      values={genericHmacValues(settings)}
    >
      {(form) => (
        <>
          <CheckboxField
            label="Use a default scheme"
            data-testid="settings-generic-enabled"
            {...form.register('enabled')}
          />
          {form.watch('enabled') && (
            <GenericHmacFields
              register={form.register}
              at="hmac"
              idPrefix="st-hmac"
              errors={form.formState.errors.hmac}
            />
          )}
        </>
      )}
    </SettingsSectionForm>
  );
}
