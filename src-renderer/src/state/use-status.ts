// The service status (receiver URL, version, mode). Refreshed by the event bridge when settings or
// the tunnel change, because the receiver URL and the authtoken flag can follow them.
import type { ServiceStatus } from '@shared/types';
import { useOperation } from '../data/use-operation';

/** Null while loading (shown as "receiver unknown" in the top bar). */
export function useServiceStatus(): ServiceStatus | null {
  return useOperation('getStatus', {}).data ?? null;
}
