// Stored signing secrets: list (masked), add, delete with confirmation. Values are write-only.
import { useState } from 'react';
import type { SecretInfo } from '@shared/signature-types';
import { toApiError } from '../../api/api-error';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { PayloadText } from '../../components/PayloadText';
import { formatLocalDateTime, utcTitle } from '../../lib/format';
import { providerName, useProviders } from '../../state/use-providers';
import { useServiceStatus } from '../../state/use-status';
import { ProgressLine } from '../signature/ProgressLine';
import { SavedNote } from '../../components/SavedNote';
import styles from './SecretsPanel.module.css';
import { useAnalysisProgress } from '../signature/use-analysis-progress';
import { AddSecretForm } from './AddSecretForm';
import { useSecrets } from './use-secrets';
import { useMutation } from '../../data/use-operation';

export function SecretsPanel() {
  const remove = useMutation('deleteSecret');
  const status = useServiceStatus();
  const providers = useProviders();
  const { secrets, error } = useSecrets();
  const progress = useAnalysisProgress();
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [doomed, setDoomed] = useState<SecretInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const sorted = [...(secrets ?? [])].sort(
    (a, b) => a.provider.localeCompare(b.provider) || a.label.localeCompare(b.label),
  );

  return (
    <div className={styles.panel} data-testid="secrets-panel">
      {status && !status.secretsEncrypted && (
        <p className={`banner banner-warn ${styles.banner}`} data-testid="secrets-unencrypted">
          {status.mode === 'headless'
            ? 'Headless mode stores secrets unencrypted in a file readable only by your user (mode 0600) in the data directory.'
            : 'No system keychain is available: secrets are stored unencrypted in the data directory.'}
        </p>
      )}
      <p className={`muted ${styles.intro}`}>
        Secrets are kept in the main process and never shown again after saving. Several per provider are fine
        (rotation, test and live): every one is tried and the report names the one that matched. Changes
        re-verify stored captures in the background.
      </p>
      {error && (
        <p className="error-text" role="alert">
          Could not load secrets: <PayloadText text={error} />
        </p>
      )}
      <table className={`pairs ${styles.table}`} aria-label="Stored secrets" data-testid="secrets-table">
        <thead>
          <tr>
            <th scope="col">Provider</th>
            <th scope="col">Label</th>
            <th scope="col">Secret</th>
            <th scope="col">Added</th>
            <th scope="col" className="pairs-actions">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {secrets !== null && sorted.length === 0 && (
            <tr>
              <td colSpan={5} className={`muted ${styles.empty}`}>
                No secrets stored yet. Add one to verify signed webhooks.
              </td>
            </tr>
          )}
          {sorted.map((s) => (
            <tr key={`${s.provider}\u0000${s.label}`} data-provider={s.provider}>
              <td>
                <PayloadText text={providerName(providers, s.provider)} />
              </td>
              <td>
                <PayloadText text={s.label} />
              </td>
              <td className="mono muted">
                <PayloadText text={s.hint} />
              </td>
              <td className="muted" title={utcTitle(s.createdAt)}>
                {formatLocalDateTime(s.createdAt).replace(/\.\d{3} .*$/, '')}
              </td>
              <td className="pairs-actions">
                <button
                  type="button"
                  className="btn btn-ghost btn-icon"
                  aria-label={`Delete ${s.provider} secret ${s.label}`}
                  title="Delete…"
                  onClick={() => {
                    setDeleteError(null);
                    setDoomed(s);
                  }}
                >
                  <Icon name="trash" />
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {progress && <ProgressLine progress={progress} />}
      {saved && !adding && (
        <SavedNote as="p">
          Saved “<PayloadText text={saved} />
          ”. Stored captures are being re-verified.
        </SavedNote>
      )}
      {adding ? (
        <div className={styles.add}>
          <h3 className="section-title">Add a secret</h3>
          <AddSecretForm
            onSaved={(label) => {
              setSaved(label);
              setAdding(false);
            }}
            onCancel={() => setAdding(false)}
          />
        </div>
      ) : (
        <button
          type="button"
          className="btn"
          onClick={() => {
            setSaved(null);
            setAdding(true);
          }}
          data-testid="add-secret"
        >
          + Add secret
        </button>
      )}
      <ConfirmDialog
        open={doomed !== null}
        title="Delete this secret?"
        body={
          doomed && (
            <>
              <p>
                Delete <strong>{providerName(providers, doomed.provider)}</strong> secret “
                <PayloadText text={doomed.label} />
                ”? Captures it verified will show as failing or unverified after re-verification.
              </p>
              {deleteError && (
                <p className="error-text">
                  <PayloadText text={deleteError} />
                </p>
              )}
            </>
          )
        }
        confirmLabel={busy ? 'Deleting…' : 'Delete'}
        danger
        busy={busy}
        onCancel={() => setDoomed(null)}
        onConfirm={() => {
          if (!doomed) return;
          setBusy(true);
          remove.mutateAsync({ provider: doomed.provider, label: doomed.label }).then(
            () => {
              setBusy(false);
              setDoomed(null);
            },
            (e: unknown) => {
              setBusy(false);
              setDeleteError(toApiError(e).message);
            },
          );
        }}
      />
    </div>
  );
}
