// Re-verification progress (after a secret or a provider setting changed): shown on the Signature
// tab and in the secrets panel. Where it sits (its margins) is the caller's business.
import { classes } from '../../lib/classes';
import styles from './ProgressLine.module.css';
import type { AnalysisProgress } from './use-analysis-progress';

export function ProgressLine({ progress, className }: { progress: AnalysisProgress; className?: string }) {
  return (
    <div className={classes(styles.progress, className)} role="status" data-testid="sig-progress">
      <span>
        Re-verifying stored captures… {progress.done.toLocaleString()} of {progress.total.toLocaleString()}
      </span>
      <progress max={progress.total} value={progress.done} aria-label="Re-verification progress" />
    </div>
  );
}
