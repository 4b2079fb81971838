// The one cache of server data. Queries never go stale by time: the event bridge updates or
// invalidates them when the core says something changed, and a reconnect refreshes everything.
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Number.POSITIVE_INFINITY,
        // Bodies can be megabytes: keep unused details only briefly.
        gcTime: 60_000,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      mutations: { retry: false },
    },
  });
}
