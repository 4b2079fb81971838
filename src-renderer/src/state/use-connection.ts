// Tracks the transport's link state and asks the list to resync whenever the link comes back
// (events may have been missed while it was down).
import { useEffect, useSyncExternalStore } from 'react';
import type { ConnectionState } from '../api/client';
import { useServices } from './app-context';

export function useConnectionState(): ConnectionState {
  const { client, captures } = useServices();
  useEffect(() => {
    let previous = client.connectionState();
    return client.onConnectionChange((next) => {
      if (next === 'live' && previous === 'reconnecting') void captures.resync();
      previous = next;
    });
  }, [client, captures]);
  return useSyncExternalStore(client.onConnectionChange, client.connectionState);
}
