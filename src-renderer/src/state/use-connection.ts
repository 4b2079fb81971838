// The transport's link state, for the top bar's indicator. What a reconnect refreshes is the event
// bridge's job (data/event-bridge.ts).
import { useSyncExternalStore } from 'react';
import type { ConnectionState } from '../api/client';
import { useServices } from './app-context';

export function useConnectionState(): ConnectionState {
  const { client } = useServices();
  return useSyncExternalStore(client.onConnectionChange, client.connectionState);
}
