// The one subscriber to the core's events. Each event goes to the cache (cache-effects.ts) and,
// for capture events, to the live list; reads derived from many captures (threads, cards) are
// refreshed once per burst. When the link comes back after a drop, events may have been missed:
// every read on screen is refetched and the list merges the newest page.
import type { QueryClient } from '@tanstack/react-query';
import type { InspectorClient } from '../api/client';
import type { CaptureListStore } from '../model/capture-list-store';
import { applyEvent, captureDerivedReads } from './cache-effects';

/** Capture events come in bursts; threads and cards are rebuilt at most this often. */
export const derivedRefreshMs = 250;

export interface EventBridgeOptions {
  client: InspectorClient;
  queryClient: QueryClient;
  captures: CaptureListStore;
}

export function connectEventBridge({ client, queryClient, captures }: EventBridgeOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const refreshDerived = () => {
    timer ??= setTimeout(() => {
      timer = null;
      for (const name of captureDerivedReads) void queryClient.invalidateQueries({ queryKey: [name] });
    }, derivedRefreshMs);
  };

  const unsubscribe = client.subscribe((envelope) => {
    applyEvent(queryClient, envelope);
    if (
      envelope.event === 'capture.added' ||
      envelope.event === 'capture.updated' ||
      envelope.event === 'captures.cleared'
    ) {
      captures.handleEvent(envelope);
      refreshDerived();
    }
  });

  let previous = client.connectionState();
  const unwatch = client.onConnectionChange((next) => {
    if (next === 'live' && previous !== 'live') {
      void queryClient.invalidateQueries();
      if (previous === 'reconnecting') void captures.resync();
    }
    previous = next;
  });

  return () => {
    if (timer) clearTimeout(timer);
    unsubscribe();
    unwatch();
  };
}
