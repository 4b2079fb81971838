// Watches for Meta's verification GET while the helper is open: the first handshake capture that
// arrives after opening decides the tick — answered 200 (verified) or not (and why). The event
// bridge keeps the recent handshakes; ids grow with arrival, so "after opening" is "id above the
// newest one seen when the helper opened".
import { useState } from 'react';
import type { CaptureSummary } from '@shared/types';
import { recentHandshakesKey } from '../../data/cache-effects';
import { useCachedEventValue } from '../../data/use-event-value';

export type HandshakeSeen =
  | { state: 'waiting' }
  | { state: 'verified'; at: string; path: string }
  | { state: 'refused'; at: string; status: number; note: string | null };

export function useHandshakeWatch(active: boolean): HandshakeSeen {
  const handshakes = useCachedEventValue<CaptureSummary[]>(recentHandshakesKey) ?? [];
  const newestId = handshakes.at(-1)?.id ?? 0;
  const [watch, setWatch] = useState({ active, sinceId: newestId });
  if (active !== watch.active) {
    // Each opening waits afresh: only requests that arrive while the helper is open count.
    setWatch({ active, sinceId: newestId });
  }
  if (!active) return { state: 'waiting' };
  return decide(handshakes.filter((c) => c.id > watch.sinceId));
}

/** A success wins over any failure, earlier or later; otherwise the latest refusal is shown. */
export function decide(arrived: readonly CaptureSummary[]): HandshakeSeen {
  const verified = arrived.findLast((c) => c.status === 200);
  if (verified) return { state: 'verified', at: verified.receivedAt, path: verified.path };
  const refused = arrived.at(-1);
  if (refused)
    return { state: 'refused', at: refused.receivedAt, status: refused.status, note: refused.note };
  return { state: 'waiting' };
}
