// Which provider verifies what: a provider forced for every capture under a path (first match
// wins), with "generic" meaning the user's own HMAC scheme, either this path's own or the default
// one (also edited here).
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import type { Settings } from '@shared/types';
import { Icon } from '../../components/Icon';
import { useProviders } from '../../state/use-providers';
import {
  emptyHmac,
  formToHmac,
  GenericHmacFields,
  hmacToForm,
  type HmacFormValues,
} from './GenericHmacFields';
import { Field, SettingsSectionFrame } from './SettingsSectionFrame';
import { useSaveSettings } from './use-save-settings';

interface Row {
  pathPrefix: string;
  provider: string;
  ownScheme: boolean;
  hmac: HmacFormValues;
}

export function ProviderByPathSection({
  settings,
  highlighted,
}: {
  settings: Settings;
  highlighted: boolean;
}) {
  const providers = useProviders();
  const { save, error, savedAt } = useSaveSettings('provider-by-path');
  const form = useForm<{ rows: Row[] }>({
    defaultValues: {
      rows: settings.providerByPath.map((r) => ({
        pathPrefix: r.pathPrefix,
        provider: r.provider,
        ownScheme: r.generic !== undefined,
        hmac: hmacToForm(r.generic),
      })),
    },
  });
  const rows = useFieldArray({ control: form.control, name: 'rows' });
  const { errors, isDirty, isSubmitting } = form.formState;
  const values = useWatch({ control: form.control, name: 'rows' });
  return (
    <SettingsSectionFrame
      section="provider-by-path"
      highlighted={highlighted}
      help="Captures whose path starts with a prefix are verified as that provider, whatever their headers say. The first matching prefix wins."
      onSubmit={form.handleSubmit(async (v) => {
        const ok = await save({
          providerByPath: v.rows.map((r) => ({
            pathPrefix: r.pathPrefix.trim(),
            provider: r.provider,
            ...(r.provider === 'generic' && r.ownScheme ? { generic: formToHmac(r.hmac) } : {}),
          })),
        });
        if (ok) form.reset(v);
      })}
      dirty={isDirty}
      saving={isSubmitting}
      error={error}
      saved={savedAt !== null}
    >
      {rows.fields.length === 0 && <p className="muted st-empty">No path mapped: providers are detected.</p>}
      {rows.fields.map((field, i) => {
        const rowErrors = errors.rows?.[i];
        const value = values[i];
        return (
          <fieldset key={field.id} className="st-map-row" data-testid="settings-path-row">
            <legend className="visually-hidden">Path mapping {i + 1}</legend>
            <div className="st-row">
              <Field id={`st-map-${i}-path`} label="Path starts with" error={rowErrors?.pathPrefix?.message}>
                <input
                  id={`st-map-${i}-path`}
                  className="tn-field-input mono"
                  spellCheck={false}
                  placeholder="/webhooks/acme"
                  {...form.register(`rows.${i}.pathPrefix`, {
                    validate: (v) => (v.trim().startsWith('/') ? true : 'A path starting with /'),
                  })}
                />
              </Field>
              <Field id={`st-map-${i}-provider`} label="Provider">
                <select
                  id={`st-map-${i}-provider`}
                  className="rp-select"
                  {...form.register(`rows.${i}.provider`)}
                >
                  {(providers ?? []).map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </Field>
              <button
                type="button"
                className="btn btn-ghost btn-icon st-remove"
                aria-label={`Remove mapping ${i + 1}`}
                onClick={() => rows.remove(i)}
              >
                <Icon name="x" size={12} />
              </button>
            </div>
            {value?.provider === 'generic' && (
              <>
                <label className="tn-field-check">
                  <input type="checkbox" {...form.register(`rows.${i}.ownScheme`)} />
                  This path has its own HMAC scheme (else the default one below)
                </label>
                {value.ownScheme && (
                  <GenericHmacFields
                    register={form.register}
                    at={`rows.${i}.hmac`}
                    idPrefix={`st-map-${i}-hmac`}
                    errors={{
                      header: rowErrors?.hmac?.header?.message,
                      template: rowErrors?.hmac?.template?.message,
                      toleranceSeconds: rowErrors?.hmac?.toleranceSeconds?.message,
                    }}
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
        onClick={() =>
          rows.append({ pathPrefix: '', provider: 'generic', ownScheme: false, hmac: { ...emptyHmac } })
        }
        data-testid="settings-add-path"
      >
        + Map a path
      </button>
    </SettingsSectionFrame>
  );
}

export function GenericHmacSection({ settings, highlighted }: { settings: Settings; highlighted: boolean }) {
  const { save, error, savedAt } = useSaveSettings('generic-hmac');
  const form = useForm<{ enabled: boolean; hmac: HmacFormValues }>({
    defaultValues: { enabled: settings.genericHmac !== null, hmac: hmacToForm(settings.genericHmac) },
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  const enabled = useWatch({ control: form.control, name: 'enabled' });
  return (
    <SettingsSectionFrame
      section="generic-hmac"
      highlighted={highlighted}
      help='For senders Hookscope does not know: describe how they sign, store their secret under "Generic HMAC", and map their path to it above.'
      onSubmit={form.handleSubmit(async (v) => {
        if (await save({ genericHmac: v.enabled ? formToHmac(v.hmac) : null })) form.reset(v);
      })}
      dirty={isDirty}
      saving={isSubmitting}
      error={error}
      saved={savedAt !== null}
    >
      <label className="tn-field-check">
        <input type="checkbox" {...form.register('enabled')} data-testid="settings-generic-enabled" />
        Use a default scheme
      </label>
      {enabled && (
        <GenericHmacFields
          register={form.register}
          at="hmac"
          idPrefix="st-hmac"
          errors={{
            header: errors.hmac?.header?.message,
            template: errors.hmac?.template?.message,
            toleranceSeconds: errors.hmac?.toleranceSeconds?.message,
          }}
        />
      )}
    </SettingsSectionFrame>
  );
}
