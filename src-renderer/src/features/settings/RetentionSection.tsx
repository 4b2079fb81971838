// How much history is kept (oldest captures go first), next to how much is stored now.
import type { ServiceStatus, Settings } from '@shared/types';
import { formatBytes } from '../../lib/format';
import { describedBy, Field, FieldRow } from '../../components/form/Field';
import { TextInput } from '../../components/form/inputs';
import { retentionForm, retentionValues } from '../../model/settings-forms';
import { SettingsSectionForm } from './SettingsSectionForm';
import styles from './settings.module.css';

export function RetentionSection({
  settings,
  status,
  highlighted,
}: {
  settings: Settings;
  status: ServiceStatus | null;
  highlighted: boolean;
}) {
  return (
    <SettingsSectionForm
      section="retention"
      highlighted={highlighted}
      help="When either limit is passed, the oldest captures are removed (never the newest one)."
      schema={retentionForm}
      values={retentionValues(settings)}
    >
      {({ register, formState: { errors } }) => (
        <>
          <p className={styles.usage} data-testid="settings-usage">
            {status
              ? `Now: ${status.captureCount.toLocaleString('en-US')} of ${settings.retentionMaxCaptures.toLocaleString('en-US')} captures · ${formatBytes(status.storedBytes)} of ${formatBytes(settings.retentionMaxBytes)} (${formatBytes(status.databaseFileBytes)} on disk)`
              : 'Now: …'}
          </p>
          <FieldRow>
            <Field id="st-retention-count" label="Keep at most (captures)" error={errors.count?.message}>
              <TextInput
                className={styles.narrow}
                inputMode="numeric"
                {...describedBy('st-retention-count', errors.count?.message)}
                {...register('count')}
              />
            </Field>
            <Field id="st-retention-size" label="Keep at most (MB)" error={errors.sizeMb?.message}>
              <TextInput
                className={styles.narrow}
                inputMode="numeric"
                {...describedBy('st-retention-size', errors.sizeMb?.message)}
                {...register('sizeMb')}
              />
            </Field>
          </FieldRow>
        </>
      )}
    </SettingsSectionForm>
  );
}
