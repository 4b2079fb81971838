// Watches for Meta's verification GET while the helper is open: the first `capture.added` of kind
// 'handshake' after `since` decides the tick — answered 200 (verified) or not (and why).
import { useEffect, useState } from 'react';
import type { CaptureSummary } from '../../../../src-main/shared/types';
import { useServices } from '../../state/app-context';

export type HandshakeSeen =
  | { state: 'waiting' }
  | { state: 'verified'; at: string; path: string }
  | { state: 'refused'; at: string; status: number; note: string | null };

export function useHandshakeWatch(active: boolean): HandshakeSeen {
  const { client } = useServices();
  const [seen, setSeen] = useState<HandshakeSeen>({ state: 'waiting' });
  const [wasActive, setWasActive] = useState(active);
  if (active !== wasActive) {
    // Each opening waits afresh: only requests that arrive while the helper is open count.
    setWasActive(active);
    setSeen({ state: 'waiting' });
  }
  useEffect(() => {
    if (!active) return;
    return client.subscribe((envelope) => {
      if (envelope.event !== 'capture.added') return;
      const capture = envelope.payload as CaptureSummary;
      if (capture.kind !== 'handshake') return;
      if (capture.status === 200) {
        setSeen({ state: 'verified', at: capture.receivedAt, path: capture.path });
      } else {
        // A later success still wins; a failure never hides an earlier success.
        setSeen((previous) =>
          previous.state === 'verified'
            ? previous
            : { state: 'refused', at: capture.receivedAt, status: capture.status, note: capture.note },
        );
      }
    });
  }, [client, active]);
  return seen;
}
