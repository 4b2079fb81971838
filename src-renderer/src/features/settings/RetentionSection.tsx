// How much history is kept (oldest captures go first), next to how much is stored now.
import { useForm } from 'react-hook-form';
import type { ServiceStatus, Settings } from '@shared/types';
import { formatBytes } from '../../lib/format';
import { Field, SettingsSectionFrame } from './SettingsSectionFrame';
import { useSaveSettings } from './use-save-settings';

const MB = 1024 * 1024;

export function RetentionSection({
  settings,
  status,
  highlighted,
}: {
  settings: Settings;
  status: ServiceStatus | null;
  highlighted: boolean;
}) {
  const { save, error, savedAt } = useSaveSettings('retention');
  const form = useForm({
    defaultValues: {
      count: String(settings.retentionMaxCaptures),
      sizeMb: String(Math.round(settings.retentionMaxBytes / MB)),
    },
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  return (
    <SettingsSectionFrame
      section="retention"
      highlighted={highlighted}
      help="When either limit is passed, the oldest captures are removed (never the newest one)."
      onSubmit={form.handleSubmit(async (v) => {
        const ok = await save({
          retentionMaxCaptures: Number(v.count),
          retentionMaxBytes: Math.round(Number(v.sizeMb) * MB),
        });
        if (ok) form.reset(v);
      })}
      dirty={isDirty}
      saving={isSubmitting}
      error={error}
      saved={savedAt !== null}
    >
      <p className="st-usage" data-testid="settings-usage">
        {status
          ? `Now: ${status.captureCount.toLocaleString('en-US')} of ${settings.retentionMaxCaptures.toLocaleString('en-US')} captures · ${formatBytes(status.storedBytes)} of ${formatBytes(settings.retentionMaxBytes)} (${formatBytes(status.databaseFileBytes)} on disk)`
          : 'Now: …'}
      </p>
      <div className="st-row">
        <Field id="st-retention-count" label="Keep at most (captures)" error={errors.count?.message}>
          <input
            id="st-retention-count"
            className="tn-field-input mono st-narrow"
            inputMode="numeric"
            {...form.register('count', {
              validate: (v) =>
                /^\d+$/.test(v) && Number(v) >= 100 && Number(v) <= 10_000_000
                  ? true
                  : 'A whole number from 100 to 10,000,000',
            })}
          />
        </Field>
        <Field id="st-retention-size" label="Keep at most (MB)" error={errors.sizeMb?.message}>
          <input
            id="st-retention-size"
            className="tn-field-input mono st-narrow"
            inputMode="numeric"
            {...form.register('sizeMb', {
              validate: (v) => (/^\d+$/.test(v) && Number(v) >= 1 ? true : 'At least 1 MB'),
            })}
          />
        </Field>
      </div>
    </SettingsSectionFrame>
  );
}
