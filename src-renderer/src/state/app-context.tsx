// The two long-lived objects every feature needs: the transport client and the list store.
// Created once in main.tsx; features read them through these hooks instead of prop drilling.
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { InspectorClient } from '../api/client';
import type { CaptureListState, CaptureListStore } from './capture-list-store';

interface AppServices {
  client: InspectorClient;
  captures: CaptureListStore;
}

const AppContext = createContext<AppServices | null>(null);

export function AppProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <AppContext.Provider value={services}>{children}</AppContext.Provider>;
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
