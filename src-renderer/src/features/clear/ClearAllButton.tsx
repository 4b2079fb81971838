// "Clear all" with a confirmation that says exactly what will be deleted.
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { toApiError } from '../../api/api-error';
import { useCaptureList, useServices } from '../../state/app-context';

export function useClearAll() {
  const { captures } = useServices();
  const total = useCaptureList((s) => s.total);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const dialog = (
    <ConfirmDialog
      open={open}
      title="Delete all captures?"
      body={
        <>
          <p>
            This permanently deletes{' '}
            {total === 1 ? 'the one stored capture' : `all ${total.toLocaleString()} stored captures`} —
            bodies, headers and analysis. It cannot be undone.
          </p>
          {error && <p className="error-text">{error}</p>}
        </>
      }
      confirmLabel={busy ? 'Deleting…' : 'Delete all'}
      danger
      busy={busy}
      onCancel={() => {
        setOpen(false);
        setError(null);
      }}
      onConfirm={() => {
        setBusy(true);
        captures.clearAll().then(
          () => {
            setBusy(false);
            setOpen(false);
          },
          (e: unknown) => {
            setBusy(false);
            setError(toApiError(e).message);
          },
        );
      }}
    />
  );
  return { open: () => setOpen(true), dialog, disabled: total === 0 };
}

export function ClearAllButton({ onClick, disabled }: { onClick(): void; disabled: boolean }) {
  return (
    <button
      type="button"
      className="btn btn-ghost btn-icon"
      onClick={onClick}
      disabled={disabled}
      title="Clear all captures…"
      aria-label="Clear all captures"
      data-testid="clear-all"
    >
      <Icon name="trash" />
    </button>
  );
}
