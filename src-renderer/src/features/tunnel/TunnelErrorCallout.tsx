// A tunnel failure, inline under the tunnel control: what went wrong and what to do about it, with
// the two ways out (settings, try again). Text only: messages come from the core, never as HTML.
import { useEffect, useRef } from 'react';
import { Icon } from '../../components/Icon';
import { TunnelIcon } from './TunnelIcon';

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
  // Esc inside the callout closes it (and does not reach the list's shortcuts).
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      onDismiss();
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [onDismiss]);

  const tokenProblem = error.code === 'no_authtoken' || error.code === 'invalid_authtoken';
  const settingsProblem =
    tokenProblem || error.code === 'domain_not_reserved' || error.code === 'invalid_settings';
  return (
    <div
      ref={ref}
      className="tunnel-callout"
      role="alert"
      data-testid="tunnel-error"
      data-code={error.code ?? 'call_failed'}
    >
      <div className="tunnel-callout-head">
        <span className="tunnel-callout-icon">
          <TunnelIcon name="alert" />
        </span>
        <p className="tunnel-callout-message" data-testid="tunnel-error-message">
          {error.message}
        </p>
        <button
          type="button"
          className="btn btn-ghost btn-icon tunnel-callout-close"
          aria-label="Dismiss tunnel error"
          title="Dismiss"
          onClick={onDismiss}
        >
          <Icon name="x" size={12} />
        </button>
      </div>
      <p className="tunnel-callout-fix" data-testid="tunnel-error-fix">
        <span className="tunnel-callout-fix-label">Fix: </span>
        {error.fix}
      </p>
      <div className="tunnel-callout-actions">
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
