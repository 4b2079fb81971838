// The service status (receiver URL, version, mode). Fetched once; refreshed when settings change,
// because the receiver URL can follow a settings change.
import { useEffect, useState } from 'react';
import type { ServiceStatus } from '../../../src-main/shared/types';
import { useServices } from './app-context';

export function useServiceStatus(): ServiceStatus | null {
  const { client } = useServices();
  const [status, setStatus] = useState<ServiceStatus | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () =>
      client.call('getStatus', {}).then(
        (s) => alive && setStatus(s),
        () => {
          // Shown as "receiver unknown" in the top bar; the next settings event retries.
        },
      );
    void load();
    const unsubscribe = client.subscribe((envelope) => {
      if (envelope.event === 'settings.changed') void load();
    });
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [client]);
  return status;
}
