// The long-lived objects every feature needs: the transport client, the live list and the query cache.
// Created once in main.tsx; features read them through these hooks instead of prop drilling.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { InspectorClient } from '../api/client';
import { ToolsProvider } from './tools-context';
import type { CaptureListState, CaptureListStore } from '../model/capture-list-store';

export interface AppServices {
  client: InspectorClient;
  captures: CaptureListStore;
  /** The cache of every other read (data/use-operation.ts), kept live by data/event-bridge.ts. */
  queryClient: QueryClient;
}

const AppContext = createContext<AppServices | null>(null);

export function AppProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return (
    <AppContext.Provider value={services}>
      <QueryClientProvider client={services.queryClient}>
        <ToolsProvider>{children}</ToolsProvider>
      </QueryClientProvider>
    </AppContext.Provider>
  );
}

export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useServices outside AppProvider');
  return services;
}

/** Subscribes to the whole list state; selectors keep consumers from re-rendering on every field. */
export function useCaptureList<T>(select: (state: CaptureListState) => T): T {
  const { captures } = useServices();
  return useSyncExternalStore(captures.subscribe, () => select(captures.getState()));
}
