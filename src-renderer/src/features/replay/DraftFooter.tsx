// The save/revert end of the replay-tools forms (forwarding, response rules): the form edits a
// draft, and only Save (the form's submit button) sends it. `useDraftSave` holds the state of one save in flight; `DraftFooter`
// shows it — the last error, "Saved" until the next edit, Revert and Save.
import { useState } from 'react';
import type { OperationInput, OperationOutputs } from '@shared/contract';
import { FormError } from '../../components/form/inputs';
import { useMutation } from '../../data/use-operation';
import { SavedNote } from '../../components/SavedNote';
import panel from '../../components/tools-panel.module.css';

type DraftOperation = 'setForwardSettings' | 'setResponseRules';

export interface DraftSave<N extends DraftOperation = DraftOperation> {
  busy: boolean;
  error: string | null;
  savedTick: boolean;
  /** Sends one save; `onSaved` gets what the server kept. A failure shows the API error. */
  run(input: OperationInput<N>, onSaved: (saved: OperationOutputs[N]) => void): void;
}

export function useDraftSave<N extends DraftOperation>(operation: N): DraftSave<N> {
  const mutation = useMutation(operation);
  const [savedTick, setSavedTick] = useState(false);
  const run = (input: OperationInput<N>, onSaved: (saved: OperationOutputs[N]) => void) => {
    mutation.mutate(input, {
      onSuccess: (saved) => {
        onSaved(saved);
        setSavedTick(true);
      },
    });
  };
  return {
    busy: mutation.isPending,
    error: mutation.isError ? mutation.error.message : null,
    savedTick,
    run,
  };
}

interface DraftFooterProps {
  save: DraftSave;
  dirty: boolean;
  onRevert(): void;
  saveLabel: string;
  saveTestId: string;
}

export function DraftFooter({ save, dirty, onRevert, saveLabel, saveTestId }: DraftFooterProps) {
  const { busy, error, savedTick } = save;
  return (
    <>
      <FormError message={error} />
      <div className={panel.footer}>
        {savedTick && !dirty && <SavedNote>Saved</SavedNote>}
        <button type="button" className="btn" disabled={!dirty || busy} onClick={onRevert}>
          Revert
        </button>
        <button type="submit" className="btn btn-primary" disabled={!dirty || busy} data-testid={saveTestId}>
          {busy ? 'Saving…' : saveLabel}
        </button>
      </div>
    </>
  );
}
