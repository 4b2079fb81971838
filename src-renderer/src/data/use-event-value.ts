// Values only events produce (re-verification progress, export progress), read from the cache the
// event bridge writes them into. Null until the first event.
import { useQuery } from '@tanstack/react-query';
import type { EventPayloads } from '@shared/contract';
import { eventKey } from './operation-key';

export function useEventValue<E extends 'analysis.progress' | 'export.progress' | 'loop.delay'>(
  event: E,
  ...scope: (string | number)[]
): EventPayloads[E] | null {
  return useCachedEventValue<EventPayloads[E]>(eventKey(event, ...scope));
}

/** Any value the event bridge keeps under `key` (see cache-effects.ts). */
export function useCachedEventValue<T>(key: readonly unknown[]): T | null {
  const { data } = useQuery<T | null>({
    queryKey: key,
    // Never fetched: only the event bridge fills these keys.
    queryFn: () => null,
    enabled: false,
    initialData: null,
    gcTime: Number.POSITIVE_INFINITY,
  });
  return data ?? null;
}
