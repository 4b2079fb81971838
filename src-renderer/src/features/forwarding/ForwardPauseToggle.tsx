// In the top bar while forwarding is set up: forwarding on/paused at a glance, one click to flip,
// and how many forwards failed or were dropped (the handler's trouble shows without looking).
import { useMutation } from '../../data/use-operation';
import { activeTargets, useForwardSettings } from './use-forwarding';
import { useForwardStats } from './use-forward-stats';
import { Pause, Play, RotateCw } from 'lucide-react';
import { LucideGlyph } from '../../components/Icon';
import styles from './ForwardPauseToggle.module.css';

export function ForwardPauseToggle({ onOpen }: { onOpen(): void }) {
  const { settings } = useForwardSettings();
  const stats = useForwardStats();
  const save = useMutation('setForwardSettings');
  const retryAll = useMutation('retryFailedForwards');
  const busy = save.isPending;
  const error = save.error?.message ?? null;
  const targets = activeTargets(settings);
  if (!settings || targets.length === 0) return null;
  const paused = settings.paused;
  const first = targets[0]!;
  const where = targets.length === 1 ? first.url : `${targets.length} targets`;

  const toggle = () => save.mutate({ ...settings, paused: !paused });

  return (
    <div className={styles.chip} data-state={paused ? 'paused' : 'on'} data-testid="forward-chip">
      <button
        type="button"
        className={styles.toggle}
        aria-pressed={!paused}
        aria-label={paused ? 'Resume forwarding' : 'Pause forwarding'}
        title={
          error ??
          (paused
            ? `Forwarding paused — resume sending captures to ${where}`
            : `Pause forwarding to ${where}`)
        }
        disabled={busy}
        onClick={toggle}
        data-testid="forward-pause-toggle"
      >
        <LucideGlyph icon={paused ? Play : Pause} size={12} />
      </button>
      <button type="button" className={styles.label} onClick={onOpen} title={`Forwarding to ${where}`}>
        <span className={styles.dot} aria-hidden="true" />
        {paused ? 'Forwarding paused' : 'Forwarding'}
      </button>
      {stats && (stats.failed > 0 || stats.dropped > 0) && (
        <button
          type="button"
          className={styles.trouble}
          onClick={onOpen}
          title={`Since start or the last clear: ${stats.forwarded.toLocaleString()} forwarded, ${stats.failed.toLocaleString()} failed (no answer, or 4xx/5xx), ${stats.dropped.toLocaleString()} not sent (forwarding paused or target removed while they waited, or only part of the body kept)`}
          data-testid="forward-trouble"
        >
          {stats.failed > 0 && (
            <span data-testid="forward-failed">{stats.failed.toLocaleString()} failed</span>
          )}
          {stats.dropped > 0 && (
            <span data-testid="forward-dropped">{stats.dropped.toLocaleString()} not sent</span>
          )}
        </button>
      )}
      {stats && (stats.failed > 0 || stats.dropped > 0) && (
        <button
          type="button"
          className={styles.retry}
          disabled={retryAll.isPending || paused}
          onClick={() => retryAll.mutate({})}
          title={
            retryAll.error?.message ??
            (paused ? 'Resume forwarding to retry' : 'Queue every failed or unsent delivery again')
          }
          aria-label="Retry all failed"
          data-testid="forward-retry-all"
        >
          <LucideGlyph icon={RotateCw} size={12} />
          Retry all
        </button>
      )}
    </div>
  );
}
