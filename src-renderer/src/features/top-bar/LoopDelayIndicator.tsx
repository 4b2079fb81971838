// Says when the core's event loop was blocked past its threshold (receiver answers, and in the
// desktop app menus and IPC, were delayed). Hidden while the loop keeps up.
import type { LoopDelay } from '@shared/types';
import { useEventValue } from '../../data/use-event-value';
import styles from './top-bar.module.css';

export function LoopDelayIndicator({ initial }: { initial: LoopDelay | null }) {
  // The latest `loop.delay` event (the event bridge keeps it), else what getStatus said at start.
  const delay = useEventValue('loop.delay');
  const shown = delay ?? initial;
  if (!shown?.stalled) return null;
  return (
    <span
      className={`${styles.conn} ${styles['conn-reconnecting']}`}
      role="status"
      data-testid="loop-delay"
      title={`Hookscope's main loop was blocked for up to ${Math.round(shown.maxMs)} ms in the last 2 s (threshold ${shown.thresholdMs} ms): webhooks were answered late meanwhile.`}
    >
      <span className={styles['conn-dot']} aria-hidden="true" />
      Busy {Math.round(shown.maxMs)} ms
    </span>
  );
}
