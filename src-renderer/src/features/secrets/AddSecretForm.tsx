// Add a signing secret (or public key) for a provider, checked with putSecret's own rules. The value
// goes from a password field to putSecret and the field is cleared: it is never kept as a draft,
// never written to a DOM attribute, and never shown again (the list only has the masked hint).
import { useEffect, useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { putSecretInput, type PutSecretInput } from '@shared/signature-types';
import { toApiError } from '../../api/api-error';
import { describedBy, Field, FieldRow } from '../../components/form/Field';
import { FormActions, FormError, SecretInput, SelectInput, TextInput } from '../../components/form/inputs';
import { useMutation } from '../../data/use-operation';
import { providerInfo, useProviders } from '../../state/use-providers';
import { freeLabel, useSecrets } from './use-secrets';
import styles from './AddSecretForm.module.css';

interface AddSecretFormProps {
  /** Fixed provider (inline in the Signature tab); otherwise the user picks one. */
  provider?: string;
  onSaved?(label: string): void;
  onCancel?(): void;
  submitLabel?: string;
  className?: string;
}

export function AddSecretForm({
  provider: fixed,
  onSaved,
  onCancel,
  submitLabel,
  className,
}: AddSecretFormProps) {
  const put = useMutation('putSecret');
  const { secrets } = useSecrets();
  const id = useId();
  const providers = useProviders();
  const storable = (providers ?? []).filter((p) => p.secretKind !== 'none');
  const { register, control, handleSubmit, setError, resetField, getFieldState, formState } = useForm<
    PutSecretInput,
    unknown,
    PutSecretInput
  >({
    defaultValues: { provider: fixed ?? '', label: freeLabel(secrets, fixed ?? ''), secret: '' },
    resolver: zodResolver(putSecretInput),
  });
  const { errors, isSubmitting } = formState;
  const chosen = useWatch({ control, name: 'provider' });
  const provider = fixed ?? (chosen || storable[0]?.id || '');
  const info = providerInfo(providers, provider);
  const publicKey = info?.secretKind === 'public-key';
  const noun = publicKey ? 'public key' : 'secret';

  // The provider list arrives after the first render: pick its first entry until the user picks.
  useEffect(() => {
    if (!chosen && provider) resetField('provider', { defaultValue: provider });
  }, [chosen, provider, resetField]);
  // The label follows the provider (a label it does not use yet) until the user types one.
  useEffect(() => {
    if (!getFieldState('label').isDirty) resetField('label', { defaultValue: freeLabel(secrets, provider) });
  }, [secrets, provider, getFieldState, resetField]);

  const submit = handleSubmit(async (input) => {
    try {
      await put.mutateAsync(input);
    } catch (err) {
      setError('root', { message: toApiError(err).message });
      return;
    }
    resetField('secret');
    resetField('label', { defaultValue: freeLabel(secrets, input.provider) });
    onSaved?.(input.label);
  });

  const hintId = `${id}-hint`;
  return (
    <form
      className={className}
      onSubmit={(e) => void submit(e)}
      noValidate
      autoComplete="off"
      data-testid="add-secret-form"
    >
      {!fixed && (
        <Field id={`${id}-provider`} label="Provider" error={errors.provider?.message}>
          <SelectInput
            {...describedBy(`${id}-provider`, errors.provider?.message)}
            {...register('provider', {
              // A new provider: the label starts again from one it does not use yet.
              onChange: (e: { target: { value: string } }) =>
                resetField('label', { defaultValue: freeLabel(secrets, e.target.value) }),
            })}
            data-testid="secret-provider"
          >
            {storable.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectInput>
        </Field>
      )}
      {info && (
        <p className={styles.hint} id={hintId}>
          <span className={styles.where}>Where to find it:</span> {info.secretHint}
        </p>
      )}
      <FieldRow>
        <Field id={`${id}-label`} label="Label" error={errors.label?.message} className={styles.label}>
          <TextInput
            mono={false}
            maxLength={100}
            {...describedBy(`${id}-label`, errors.label?.message)}
            {...register('label')}
            data-testid="secret-label"
          />
        </Field>
        <Field id={`${id}-secret`} label={publicKey ? 'Public key' : 'Secret'} error={errors.secret?.message}>
          <SecretInput
            placeholder={publicKey ? 'Paste the public key' : 'Paste the signing secret'}
            {...describedBy(`${id}-secret`, errors.secret?.message)}
            aria-describedby={
              [errors.secret ? `${id}-secret-error` : null, info ? hintId : null].filter(Boolean).join(' ') ||
              undefined
            }
            {...register('secret')}
            data-testid="secret-value"
          />
        </Field>
      </FieldRow>
      <FormError message={errors.root?.message} />
      <FormActions>
        {onCancel && (
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="btn btn-primary" disabled={isSubmitting} data-testid="save-secret">
          {isSubmitting ? 'Saving…' : (submitLabel ?? `Save ${noun}`)}
        </button>
      </FormActions>
    </form>
  );
}
