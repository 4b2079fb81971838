// Add a signing secret (or public key) for a provider. The value goes straight from an uncontrolled
// password field to putSecret and the field is cleared: it is never kept in React state, never
// written to a DOM attribute, and never shown again (the list only has the masked hint).
import { useId, useRef, useState, type FormEvent } from 'react';
import { toApiError } from '../../api/api-error';
import { PayloadText } from '../../components/PayloadText';
import { useMutation } from '../../data/use-operation';
import { providerInfo, useProviders } from '../../state/use-providers';
import { freeLabel, useSecrets } from './use-secrets';

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
  const secretRef = useRef<HTMLInputElement>(null);
  const providers = useProviders();
  const storable = (providers ?? []).filter((p) => p.secretKind !== 'none');
  const [chosen, setChosen] = useState<string | null>(null);
  const provider = fixed ?? chosen ?? storable[0]?.id ?? '';
  const info = providerInfo(providers, provider);
  const [label, setLabel] = useState<string | null>(null);
  const effectiveLabel = label ?? freeLabel(secrets, provider);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const publicKey = info?.secretKind === 'public-key';
  const noun = publicKey ? 'public key' : 'secret';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = secretRef.current;
    const value = input?.value ?? '';
    if (!value) {
      setError(`Paste the ${noun} first.`);
      input?.focus();
      return;
    }
    if (!effectiveLabel.trim()) {
      setError('Give it a label (e.g. "production").');
      return;
    }
    setBusy(true);
    setError(null);
    const savedLabel = effectiveLabel.trim();
    put.mutateAsync({ provider, label: savedLabel, secret: value }).then(
      () => {
        if (secretRef.current) secretRef.current.value = '';
        setBusy(false);
        setLabel(null);
        onSaved?.(savedLabel);
      },
      (err: unknown) => {
        setBusy(false);
        setError(toApiError(err).message);
      },
    );
  };

  return (
    <form
      className={`secret-form${className ? ` ${className}` : ''}`}
      onSubmit={submit}
      data-testid="add-secret-form"
    >
      {!fixed && (
        <label className="field" htmlFor={`${id}-provider`}>
          <span className="field-label">Provider</span>
          <select
            id={`${id}-provider`}
            value={provider}
            onChange={(e) => {
              setChosen(e.target.value);
              setLabel(null);
            }}
            data-testid="secret-provider"
          >
            {storable.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {info && (
        <p className="secret-hint" id={`${id}-hint`}>
          <span className="secret-hint-where">Where to find it:</span> {info.secretHint}
        </p>
      )}
      <div className="field-row">
        <label className="field field-label-input" htmlFor={`${id}-label`}>
          <span className="field-label">Label</span>
          <input
            id={`${id}-label`}
            type="text"
            value={effectiveLabel}
            maxLength={100}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setLabel(e.target.value)}
            data-testid="secret-label"
          />
        </label>
        <label className="field field-grow" htmlFor={`${id}-secret`}>
          <span className="field-label">{publicKey ? 'Public key' : 'Secret'}</span>
          <input
            id={`${id}-secret`}
            ref={secretRef}
            type="password"
            className="mono"
            placeholder={publicKey ? 'Paste the public key' : 'Paste the signing secret'}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={info ? `${id}-hint` : undefined}
            maxLength={4096}
            data-testid="secret-value"
          />
        </label>
      </div>
      {error && (
        <p className="error-text secret-error" role="alert">
          <PayloadText text={error} />
        </p>
      )}
      <div className="secret-actions">
        {onCancel && (
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="save-secret">
          {busy ? 'Saving…' : (submitLabel ?? `Save ${noun}`)}
        </button>
      </div>
    </form>
  );
}
