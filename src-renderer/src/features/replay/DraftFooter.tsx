// The save/revert end of the replay-tools forms (forwarding, response rules): the form edits a
// draft, and only Save sends it. `useDraftSave` holds the state of one save in flight; `DraftFooter`
// shows it — the last error, "Saved" until the next edit, Revert and Save.
import { useState } from 'react';
import { toApiError } from '../../api/api-error';

export interface DraftSave {
  busy: boolean;
  error: string | null;
  savedTick: boolean;
  /** For errors found before anything is sent (validation). */
  setError(message: string | null): void;
  /** Sends one save; `onSaved` gets what the server kept. A failure shows the API error. */
  run<T>(call: () => Promise<T>, onSaved: (saved: T) => void): void;
}

export function useDraftSave(): DraftSave {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [savedTick, setSavedTick] = useState(false);
  const run = <T,>(call: () => Promise<T>, onSaved: (saved: T) => void) => {
    setBusy(true);
    setError(null);
    call().then(
      (saved) => {
        setBusy(false);
        onSaved(saved);
        setSavedTick(true);
      },
      (e: unknown) => {
        setBusy(false);
        setError(toApiError(e).message);
      },
    );
  };
  return { busy, error, savedTick, setError, run };
}

interface DraftFooterProps {
  save: DraftSave;
  dirty: boolean;
  onRevert(): void;
  onSave(): void;
  saveLabel: string;
  saveTestId: string;
}

export function DraftFooter({ save, dirty, onRevert, onSave, saveLabel, saveTestId }: DraftFooterProps) {
  const { busy, error, savedTick } = save;
  return (
    <>
      {error && (
        <p className="rp-field-error" role="alert">
          {error}
        </p>
      )}
      <div className="tl-footer">
        {savedTick && !dirty && <span className="tl-saved">Saved</span>}
        <button type="button" className="btn" disabled={!dirty || busy} onClick={onRevert}>
          Revert
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!dirty || busy}
          onClick={onSave}
          data-testid={saveTestId}
        >
          {busy ? 'Saving…' : saveLabel}
        </button>
      </div>
    </>
  );
}
