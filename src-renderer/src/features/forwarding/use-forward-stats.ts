// Forwarding counters for the top bar: getStatus().forwarding once, then every `forward.stats`
// event; reloaded when the event link comes back (events may have been missed meanwhile).
import { useEffect, useState } from 'react';
import type { ForwardStats } from '../../../../src-main/shared/types';
import { useServices } from '../../state/app-context';

export function useForwardStats(): ForwardStats | null {
  const { client } = useServices();
  const [stats, setStats] = useState<ForwardStats | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () =>
      client.call('getStatus', {}).then(
        (s) => alive && setStats(s.forwarding),
        () => undefined,
      );
    void load();
    const unsubscribe = client.subscribe((envelope) => {
      if (envelope.event === 'forward.stats') setStats(envelope.payload as ForwardStats);
    });
    let previous = client.connectionState();
    const unwatch = client.onConnectionChange((next) => {
      if (next === 'live' && previous !== 'live') void load();
      previous = next;
    });
    return () => {
      alive = false;
      unsubscribe();
      unwatch();
    };
  }, [client]);
  return stats;
}
