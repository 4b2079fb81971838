// The stored signing secrets as the UI sees them: provider, label, a masked hint, created — never a
// value. One cached list shared by every consumer, replaced by `secrets.changed` from any window.
import type { SecretInfo } from '@shared/signature-types';
import { useOperation } from '../../data/use-operation';

export function useSecrets(): { secrets: SecretInfo[] | null; error: string | null; reload(): void } {
  const { data, error, refetch } = useOperation('listSecrets', {});
  return { secrets: data ?? null, error: error?.message ?? null, reload: () => void refetch() };
}

/** A label not yet used for this provider: "default", then "secret 2", "secret 3"… */
export function freeLabel(secrets: SecretInfo[] | null, provider: string): string {
  const taken = new Set((secrets ?? []).filter((s) => s.provider === provider).map((s) => s.label));
  if (!taken.has('default')) return 'default';
  for (let n = 2; ; n++) if (!taken.has(`secret ${n}`)) return `secret ${n}`;
}
