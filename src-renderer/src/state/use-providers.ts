// The providers the core understands (listProviders): names, secret kinds and hints, who can be
// re-signed. Asked once per connection and shared by every picker; the renderer keeps no copy.
import { useEffect, useState } from 'react';
import type { ProviderInfo } from '../../../src-main/shared/provider-types';
import type { InspectorClient } from '../api/client';
import { useServices } from './app-context';

const loaded = new WeakMap<InspectorClient, Promise<ProviderInfo[]>>();

function providersOf(client: InspectorClient): Promise<ProviderInfo[]> {
  let list = loaded.get(client);
  if (!list) {
    list = client.call('listProviders', {});
    // A failed load is retried by the next component that asks, not cached.
    list.catch(() => loaded.delete(client));
    loaded.set(client, list);
  }
  return list;
}

/** Null while loading (or when the core could not be asked). */
export function useProviders(): ProviderInfo[] | null {
  const { client } = useServices();
  const [providers, setProviders] = useState<ProviderInfo[] | null>(null);
  useEffect(() => {
    let alive = true;
    providersOf(client).then(
      (list) => alive && setProviders(list),
      () => {
        // Pickers stay empty and names show as ids; the next mount asks again.
      },
    );
    return () => {
      alive = false;
    };
  }, [client]);
  return providers;
}

export function providerInfo(
  providers: readonly ProviderInfo[] | null,
  id: string,
): ProviderInfo | undefined {
  return providers?.find((p) => p.id === id);
}

/** Display name for a provider id (the id itself until the list is loaded, or when unknown). */
export function providerName(providers: readonly ProviderInfo[] | null, id: string): string {
  return providerInfo(providers, id)?.name ?? id;
}
