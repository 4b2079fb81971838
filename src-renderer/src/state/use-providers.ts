// The providers the core understands (listProviders: names, secret kinds and hints, who can be
// re-signed) and the payload families it decodes (listPayloadFamilies). Asked once per connection
// and shared by every picker; the renderer keeps no copy.
import { useEffect, useState } from 'react';
import type { PayloadFamilyInfo, ProviderInfo } from '../../../src-main/shared/provider-types';
import type { InspectorClient } from '../api/client';
import { useServices } from './app-context';

type ListOperation = 'listProviders' | 'listPayloadFamilies';
const loaded = new Map<ListOperation, WeakMap<InspectorClient, Promise<unknown>>>();

/** The list, asked once per client; a failed load is not cached, so the next mount asks again. */
function loadOnce<T>(client: InspectorClient, operation: ListOperation): Promise<T> {
  const perClient = loaded.get(operation) ?? new WeakMap<InspectorClient, Promise<unknown>>();
  loaded.set(operation, perClient);
  let list = perClient.get(client);
  if (!list) {
    list = client.call(operation, {});
    list.catch(() => perClient.delete(client));
    perClient.set(client, list);
  }
  return list as Promise<T>;
}

function useList<T>(operation: ListOperation): T[] | null {
  const { client } = useServices();
  const [list, setList] = useState<T[] | null>(null);
  useEffect(() => {
    let alive = true;
    loadOnce<T[]>(client, operation).then(
      (items) => alive && setList(items),
      () => {
        // Pickers stay empty and names show as ids until a later mount loads the list.
      },
    );
    return () => {
      alive = false;
    };
  }, [client, operation]);
  return list;
}

/** Null while loading (or when the core could not be asked). */
export function useProviders(): ProviderInfo[] | null {
  return useList<ProviderInfo>('listProviders');
}

/** Every payload family a capture can carry (for the list filter); null while loading. */
export function usePayloadFamilies(): PayloadFamilyInfo[] | null {
  return useList<PayloadFamilyInfo>('listPayloadFamilies');
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
