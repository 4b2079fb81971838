// The Meta verify token, editable and saved only when the user says so. Opening the dialog must not
// change what the receiver answers: with no token saved it answers Meta's check whatever token
// comes, so a user who already typed their own token into Meta's dashboard is not refused.
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Settings } from '@shared/types';
import { toApiError } from '../../api/api-error';
import { CopyButton } from '../../components/CopyButton';
import { TextInput } from '../../components/form/inputs';
import { useMutation } from '../../data/use-operation';
import { requiredVerifyTokenForm, type SettingsPatch } from '../../model/settings-forms';
import { generateVerifyToken } from './verify-token';
import styles from './connect-whatsapp.module.css';

interface TokenForm {
  token: string;
}

export function VerifyTokenField({ settings }: { settings: Settings | null }) {
  if (settings === null) {
    return (
      <div className={styles.value} data-testid="wa-verify-token">
        <span className={styles['value-label']}>Verify token</span>
        <div className={`${styles['value-box']} ${styles['value-empty']}`}>
          <span className="muted">Loading…</span>
        </div>
      </div>
    );
  }
  // A new saved value (here or elsewhere) starts the form afresh from it.
  return <TokenEditor key={settings.metaVerifyToken ?? ''} saved={settings.metaVerifyToken} />;
}

function TokenEditor({ saved }: { saved: string | null }) {
  const updateSettings = useMutation('updateSettings');
  // A suggestion only: it is saved when the user saves, like any token they type.
  const [suggestion] = useState(() => saved ?? generateVerifyToken());
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, control, formState } = useForm<TokenForm, unknown, SettingsPatch>({
    defaultValues: { token: suggestion },
    resolver: zodResolver(requiredVerifyTokenForm),
  });
  const token = useWatch({ control, name: 'token' });
  const unsaved = token !== saved;
  const invalid = formState.errors.token?.message;

  const save = handleSubmit(async (patch) => {
    setError(null);
    try {
      await updateSettings.mutateAsync(patch);
    } catch (e) {
      setError(toApiError(e).message);
    }
  });

  return (
    <form className={styles.value} data-testid="wa-verify-token" onSubmit={(e) => void save(e)}>
      <label className={styles['value-label']} htmlFor="wa-verify-token-input">
        Verify token
      </label>
      <div className={styles['token-row']}>
        <TextInput
          id="wa-verify-token-input"
          className={styles['token-input']}
          aria-invalid={invalid ? true : undefined}
          aria-describedby="wa-verify-token-state"
          {...register('token')}
        />
        <CopyButton label="Copy verify token" getText={() => token} />
        <button
          type="submit"
          className="btn btn-xs btn-primary"
          disabled={!unsaved || formState.isSubmitting}
          data-testid="wa-save-token"
        >
          {formState.isSubmitting ? 'Saving…' : 'Save'}
        </button>
      </div>
      <p
        id="wa-verify-token-state"
        className={`${styles['value-note']} ${invalid || error ? 'error-text' : 'muted'}`}
        data-testid="wa-token-state"
        data-saved={unsaved ? 'no' : 'yes'}
      >
        {invalid ??
          error ??
          (saved === null
            ? 'Not saved: until you save a token, Hookscope answers Meta’s check whatever token it sends.'
            : unsaved
              ? 'Not saved: Hookscope still expects the saved token.'
              : 'Saved: Hookscope answers Meta’s check only with this token.')}
      </p>
    </form>
  );
}
