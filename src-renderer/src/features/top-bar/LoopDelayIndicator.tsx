// Says when the core's event loop was blocked past its threshold (receiver answers, and in the
// desktop app menus and IPC, were delayed). Hidden while the loop keeps up.
import { useEffect, useState } from 'react';
import type { LoopDelay } from '../../../../src-main/shared/types';
import { useServices } from '../../state/app-context';

export function LoopDelayIndicator({ initial }: { initial: LoopDelay | null }) {
  const { client } = useServices();
  const [delay, setDelay] = useState<LoopDelay | null>(null);
  useEffect(
    () =>
      client.subscribe((envelope) => {
        if (envelope.event === 'loop.delay') setDelay(envelope.payload as LoopDelay);
      }),
    [client],
  );
  const shown = delay ?? initial;
  if (!shown?.stalled) return null;
  return (
    <span
      className="conn conn-reconnecting"
      role="status"
      data-testid="loop-delay"
      title={`Hookscope's main loop was blocked for up to ${Math.round(shown.maxMs)} ms in the last 2 s (threshold ${shown.thresholdMs} ms): webhooks were answered late meanwhile.`}
    >
      <span className="conn-dot" aria-hidden="true" />
      Busy {Math.round(shown.maxMs)} ms
    </span>
  );
}
