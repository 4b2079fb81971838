// Replay controls in the detail header: one-click Replay (to the forward target, or a URL asked
// once), Edit & replay, Copy as cURL, Copy as… (other languages); and the marker linking a replay to its original.
import { useState, type ReactNode } from 'react';
import type { ReplayResult } from '@shared/replay-types';
import type { CaptureDetail } from '@shared/types';
import { toApiError } from '../../api/api-error';
import { useCopyState } from '../../components/CopyButton';
import { Icon, LucideGlyph } from '../../components/Icon';
import { PayloadText } from '../../components/PayloadText';
import { CheckboxField, FormError, TextInput } from '../../components/form/inputs';
import { useServices } from '../../state/app-context';
import { useMutation } from '../../data/use-operation';
import { activeTargets, useForwardSettings } from '../forwarding/use-forwarding';
import { Dialog } from '../../components/Dialog';
import { plainError, outcomeSummary } from './outcome-text';
import { CopyAsDialog } from './CopyAsDialog';
import { ReplayDialog } from './ReplayDialog';
import { lastReplayUrl, rememberReplayUrl } from './replay-support';
import { replayUrlForm, type ReplayUrlValues } from '../../model/replay-form';
import { RotateCcw } from 'lucide-react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import styles from './ReplayActions.module.css';

type Flash = { id: number } & ({ result: ReplayResult } | { error: string });

export function ReplayActions({ detail }: { detail: CaptureDetail }) {
  const { captures } = useServices();
  const replayCapture = useMutation('replayCapture');
  const { settings } = useForwardSettings();
  const [editing, setEditing] = useState(false);
  const [prompting, setPrompting] = useState(false);
  const [copyingAs, setCopyingAs] = useState(false);
  const [busy, setBusy] = useState(false);
  const [flash, setFlash] = useState<Flash | null>(null);
  const hasTarget = activeTargets(settings).length > 0;
  const truncated = detail.bodyTruncated;

  const replay = (targetUrl?: string, append?: boolean) => {
    setBusy(true);
    setFlash(null);
    const id = detail.id;
    replayCapture
      .mutateAsync(targetUrl ? { id, targetUrl, pathMode: append ? 'append' : 'replace' } : { id })
      .then(
        (result) => {
          setBusy(false);
          setFlash({ id, result });
        },
        (e: unknown) => {
          setBusy(false);
          setFlash({ id, error: toApiError(e).message });
        },
      );
  };

  const openCapture = (id: number) => {
    setEditing(false);
    captures.select(id);
  };

  const shown = flash?.id === detail.id ? flash : null;
  return (
    <>
      <div className={styles.actions} role="group" aria-label="Replay">
        <button
          type="button"
          className="btn btn-xs"
          disabled={busy || truncated}
          title={
            truncated
              ? 'Only part of the body was kept: this capture cannot be replayed as received'
              : hasTarget
                ? 'Send this capture again to the forward target'
                : 'Send this capture again to a URL'
          }
          onClick={() => (hasTarget ? replay() : setPrompting(true))}
          data-testid="replay-button"
        >
          <ReplayIcon />
          {busy ? 'Replaying…' : 'Replay'}
        </button>
        <button
          type="button"
          className="btn btn-xs"
          onClick={() => setEditing(true)}
          title="Change method, path, headers or body, re-sign, and send"
          data-testid="edit-replay-button"
        >
          Edit &amp; replay
        </button>
        <CopyCurlButton id={detail.id} />
        <button
          type="button"
          className="btn btn-xs btn-ghost"
          onClick={() => setCopyingAs(true)}
          title="This request as code: HTTPie, wget, PowerShell, Node.js, Python, Go, Java, C#, PHP, Ruby…"
          data-testid="copy-as-button"
        >
          Copy as…
        </button>
      </div>
      <CopyAsDialog id={detail.id} open={copyingAs} onClose={() => setCopyingAs(false)} />
      {shown && <ReplayFlash flash={shown} onOpen={openCapture} onDismiss={() => setFlash(null)} />}
      <ReplayDialog
        open={editing}
        detail={detail}
        onClose={() => setEditing(false)}
        onOpenCapture={openCapture}
      />
      <ReplayUrlPrompt
        open={prompting}
        onClose={() => setPrompting(false)}
        onSend={(url, append) => {
          setPrompting(false);
          replay(url, append);
        }}
      />
    </>
  );
}

function ReplayIcon() {
  return <LucideGlyph icon={RotateCcw} size={12} />;
}

function CopyCurlButton({ id }: { id: number }) {
  const exportCaptures = useMutation('exportCaptures');
  const { state, setState, copy } = useCopyState();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <button
      type="button"
      className={`btn btn-xs btn-ghost ${styles.curl}`}
      data-state={state}
      disabled={state === 'busy'}
      title={state === 'failed' ? (problem ?? 'Copy failed') : 'Copy as a shell-quoted cURL command'}
      data-testid="copy-curl"
      onClick={() => {
        setState('busy');
        exportCaptures.mutateAsync({ ids: [id], format: 'curl' }).then(
          (r) => copy(r.text),
          (e: unknown) => {
            setProblem(toApiError(e).message);
            setState('failed');
          },
        );
      }}
    >
      <Icon name={state === 'copied' ? 'check' : 'copy'} size={12} />
      {state === 'copied' ? 'Copied' : 'Copy as cURL'}
    </button>
  );
}

function ReplayFlash({
  flash,
  onOpen,
  onDismiss,
}: {
  flash: Flash;
  onOpen(id: number): void;
  onDismiss(): void;
}) {
  if ('error' in flash)
    return (
      <div className={styles.flash} data-kind="error" role="alert" data-testid="replay-flash">
        <span>
          Replay failed: <PayloadText text={flash.error} />
        </span>
        <button
          type="button"
          className={`btn btn-ghost btn-icon ${styles['flash-close']}`}
          aria-label="Dismiss"
          onClick={onDismiss}
        >
          <Icon name="x" size={12} />
        </button>
      </div>
    );
  const { result } = flash;
  const problem = plainError(result.outcome);
  const status = result.outcome.response?.status ?? 0;
  return (
    <div
      className={styles.flash}
      data-kind={problem ? 'error' : status >= 400 ? 'warn' : 'ok'}
      role="status"
      data-testid="replay-flash"
    >
      <span className={styles['flash-text']}>
        Replayed to <PayloadText text={result.sent.url} className="mono" /> →{' '}
        <strong>{outcomeSummary(result.outcome)}</strong>
        {problem && <span className={styles['flash-hint']}> · {problem.hint}</span>}
      </span>
      <button type="button" className="link-button" onClick={() => onOpen(result.captureId)}>
        Open #{result.captureId}
      </button>
      <button
        type="button"
        className={`btn btn-ghost btn-icon ${styles['flash-close']}`}
        aria-label="Dismiss"
        onClick={onDismiss}
      >
        <Icon name="x" size={12} />
      </button>
    </div>
  );
}

function ReplayUrlPrompt({
  open,
  onClose,
  onSend,
}: {
  open: boolean;
  onClose(): void;
  onSend(url: string, append: boolean): void;
}) {
  return (
    <Dialog open={open} title="Replay to a URL" onClose={onClose} roomy testId="replay-url-prompt">
      <UrlForm onClose={onClose} onSend={onSend} />
    </Dialog>
  );
}

function UrlForm({ onClose, onSend }: { onClose(): void; onSend(url: string, append: boolean): void }) {
  const { register, handleSubmit, formState } = useForm<ReplayUrlValues, unknown, ReplayUrlValues>({
    defaultValues: { url: lastReplayUrl(), append: false },
    resolver: zodResolver(replayUrlForm),
  });
  const error = formState.errors.url?.message;
  const submit = handleSubmit(({ url, append }) => {
    rememberReplayUrl(url);
    onSend(url, append);
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate autoComplete="off">
      <div className="dialog-body">
        <p>No forward target is set. Where should the capture go?</p>
      </div>
      <TextInput
        aria-label="Replay URL"
        placeholder="http://localhost:3000/webhook"
        data-autofocus=""
        aria-invalid={error ? true : undefined}
        {...register('url')}
        data-testid="replay-prompt-url"
      />
      <FormError message={error} />
      <CheckboxField label="Append the capture’s path to this URL" {...register('append')} />
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" data-testid="replay-prompt-send">
          Replay
        </button>
      </div>
    </form>
  );
}

/** A word in the origin marker's look, for text that names an origin ("imported" in the import help). */
export function OriginLabel({ children }: { children: ReactNode }) {
  return <span className={styles.origin}>{children}</span>;
}

/** "replay of #N" (opens the original), "imported", "test event" — how the capture came to be. */
export function OriginMarker({ detail }: { detail: CaptureDetail }) {
  const { captures } = useServices();
  const origin = detail.originDetail;
  if (detail.replayOf !== null)
    return (
      <span className={styles.origin} data-origin="replay" data-testid="origin-marker">
        <ReplayIcon />
        replay of{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => captures.select(detail.replayOf!)}
          title="Open the original capture"
        >
          #{detail.replayOf}
        </button>
        {origin?.kind === 'replay' && origin.resigned && (
          <span className={styles['origin-sub']}>re-signed</span>
        )}
      </span>
    );
  if (origin?.kind === 'imported' || detail.origin === 'imported')
    return (
      <span
        className={styles.origin}
        data-origin="imported"
        data-testid="origin-marker"
        title="Imported from a HAR file"
      >
        imported
        {origin?.kind === 'imported' && !origin.bodyExact && (
          <span className={styles['origin-sub']}>body inexact</span>
        )}
      </span>
    );
  if (origin?.kind === 'test-event' || detail.origin === 'test-event')
    return (
      <span className={styles.origin} data-origin="test-event" data-testid="origin-marker">
        test event
        {origin?.kind === 'test-event' && (
          <PayloadText text={origin.template} className={styles['origin-sub']} />
        )}
      </span>
    );
  return null;
}
