// A tunnel failure, inline under the tunnel control: what went wrong and what to do about it, with
// the two ways out (settings, try again). Text only: messages come from the core, never as HTML.
import { useEffect, useRef } from 'react';
import { Icon } from '../../components/Icon';
import { TunnelIcon } from './TunnelIcon';
import styles from './TunnelErrorCallout.module.css';

export interface ShownError {
  code?: string;
  message: string;
  fix: string;
}

interface TunnelErrorCalloutProps {
  error: ShownError;
  onSettings(): void;
  onRetry(): void;
  onDismiss(): void;
}

export function TunnelErrorCallout({ error, onSettings, onRetry, onDismiss }: TunnelErrorCalloutProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Esc or a click anywhere else closes it, like a popover; a dialog in front keeps its own Esc.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      e.stopPropagation();
      onDismiss();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (ref.current?.contains(target)) return;
      // The tunnel control's own buttons (e.g. the error button that reopens it) decide themselves.
      if ((target as Element).closest?.('[data-testid="tunnel"]')) return;
      onDismiss();
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, [onDismiss]);

  const tokenProblem = error.code === 'no_authtoken' || error.code === 'invalid_authtoken';
  const settingsProblem =
    tokenProblem || error.code === 'domain_not_reserved' || error.code === 'invalid_settings';
  return (
    <div
      ref={ref}
      className={styles.callout}
      role="alert"
      data-testid="tunnel-error"
      data-code={error.code ?? 'call_failed'}
    >
      <div className={styles.head}>
        <span className={styles.icon}>
          <TunnelIcon name="alert" />
        </span>
        <p className={styles.message} data-testid="tunnel-error-message">
          {error.message}
        </p>
        <button
          type="button"
          className={`btn btn-ghost btn-icon ${styles.close}`}
          aria-label="Dismiss tunnel error"
          title="Dismiss"
          onClick={onDismiss}
        >
          <Icon name="x" size={12} />
        </button>
      </div>
      <p className={styles.fix} data-testid="tunnel-error-fix">
        <span className={styles['fix-label']}>Fix: </span>
        {error.fix}
      </p>
      <div className={styles.actions}>
        <button
          type="button"
          className={`btn btn-xs${settingsProblem ? ' btn-primary' : ''}`}
          onClick={onSettings}
        >
          {tokenProblem ? 'Paste authtoken…' : 'Tunnel settings…'}
        </button>
        <button
          type="button"
          className={`btn btn-xs${settingsProblem ? '' : ' btn-primary'}`}
          onClick={onRetry}
        >
          <TunnelIcon name="retry" size={12} />
          Try again
        </button>
      </div>
    </div>
  );
}
