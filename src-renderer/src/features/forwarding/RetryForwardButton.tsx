// "Retry" on a failed or unsent forward in the Response tab: queues that delivery again. The new
// outcome replaces this one when it arrives (capture.forwarded), which removes the button.
import { RotateCw } from 'lucide-react';
import type { SendOutcome } from '@shared/replay-types';
import { LucideGlyph } from '../../components/Icon';
import { useMutation } from '../../data/use-operation';
import styles from './RetryForwardButton.module.css';

export const forwardFailed = (outcome: SendOutcome): boolean =>
  outcome.response === null || outcome.response.status >= 400;

export function RetryForwardButton({ captureId, outcome }: { captureId: number; outcome: SendOutcome }) {
  const retry = useMutation('retryForward');
  const queued = retry.isSuccess;
  return (
    <span className={styles.retry}>
      <button
        type="button"
        className="btn btn-xs"
        disabled={retry.isPending || queued}
        onClick={() =>
          retry.mutate(
            outcome.targetId === null ? { id: captureId } : { id: captureId, targetId: outcome.targetId },
          )
        }
        data-testid="forward-retry"
      >
        <LucideGlyph icon={RotateCw} size={12} />
        {queued ? 'Queued…' : 'Retry'}
      </button>
      {retry.error && (
        <span className={styles.error} role="alert">
          {retry.error.message}
        </span>
      )}
    </span>
  );
}
