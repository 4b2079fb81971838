// What the tunnel UI reads: the tunnel status, the settings and whether an ngrok authtoken is
// stored (a flag from getStatus, never the token). All kept live by the event bridge.
import type { Settings } from '@shared/types';
import type { TunnelStatus } from '@shared/tunnel-types';
import { useOperation } from '../../data/use-operation';

/** The tunnel status, or null until the first answer. */
export function useTunnelStatus(): TunnelStatus | null {
  return useOperation('getTunnel', {}).data ?? null;
}

/** The settings, kept current by `settings.changed`; null until loaded. */
export function useSettings(): Settings | null {
  return useOperation('getSettings', {}).data ?? null;
}

/** Whether an ngrok authtoken is stored; `refresh` asks again (after a start that stored one). */
export function useAuthtokenConfigured(): { configured: boolean | null; refresh(): void } {
  const { data, refetch } = useOperation('getStatus', {});
  return { configured: data?.ngrokAuthtokenConfigured ?? null, refresh: () => void refetch() };
}
