// Forwarding counters for the top bar: part of getStatus, kept current by `forward.stats` events
// (the event bridge writes them into the cached status).
import type { ForwardStats } from '@shared/types';
import { useOperation } from '../../data/use-operation';

export function useForwardStats(): ForwardStats | null {
  return useOperation('getStatus', {}).data?.forwarding ?? null;
}
