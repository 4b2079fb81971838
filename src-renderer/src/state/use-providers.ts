// The providers the core understands (listProviders: names, secret kinds and hints, who can be
// re-signed) and the payload families it decodes (listPayloadFamilies). Asked once and shared by
// every picker through the query cache.
import type { PayloadFamilyInfo, ProviderInfo } from '@shared/provider-types';
import { useOperation } from '../data/use-operation';

/** Null while loading (or when the core could not be asked). */
export function useProviders(): ProviderInfo[] | null {
  // Pickers stay empty and names show as ids until the list arrives.
  return useOperation('listProviders', {}).data ?? null;
}

/** Every payload family a capture can carry (for the list filter); null while loading. */
export function usePayloadFamilies(): PayloadFamilyInfo[] | null {
  return useOperation('listPayloadFamilies', {}).data ?? null;
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

/** True when the provider signs nothing (Postmark, Supabase): its unsigned requests are by design. */
export function useProviderDoesNotSign(id: string | null): boolean {
  const providers = useProviders();
  return id !== null && providerInfo(providers, id)?.secretKind === 'none';
}
