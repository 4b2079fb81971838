// "Clear all" with a confirmation that says exactly what will be deleted.
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { useMutation } from '../../data/use-operation';
import { useCaptureList, useServices } from '../../state/app-context';

export function useClearAll() {
  const { captures } = useServices();
  const total = useCaptureList((s) => s.total);
  const [open, setOpen] = useState(false);
  const clear = useMutation('clearCaptures', {
    onSuccess: () => {
      captures.cleared();
      setOpen(false);
    },
  });
  const busy = clear.isPending;
  const error = clear.error?.message ?? null;

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
        clear.reset();
      }}
      onConfirm={() => clear.mutate({})}
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
