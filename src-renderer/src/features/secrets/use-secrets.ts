// The stored signing secrets as the UI sees them: provider, label, a masked hint, created — never a
// value. Every mounted consumer (Secrets panel, inline "add secret" in the Signature tab) shares
// one list, refreshed after each change.
import { useCallback, useEffect, useState } from 'react';
import type { InspectorClient } from '../../api/client';
import { toApiError } from '../../api/api-error';
import { useServices } from '../../state/app-context';
import type { SecretInfo } from '../../../../src-main/shared/signature-types';

const listeners = new Set<(list: SecretInfo[]) => void>();
function broadcast(list: SecretInfo[]) {
  for (const l of listeners) l(list);
}

export async function saveSecret(
  client: InspectorClient,
  input: { provider: string; label: string; secret: string },
): Promise<SecretInfo[]> {
  const list = await client.call('putSecret', input);
  broadcast(list);
  return list;
}

export async function removeSecret(client: InspectorClient, provider: string, label: string): Promise<void> {
  await client.call('deleteSecret', { provider, label });
  broadcast(await client.call('listSecrets', {}));
}

export function useSecrets(): { secrets: SecretInfo[] | null; error: string | null; reload(): void } {
  const { client } = useServices();
  const [secrets, setSecrets] = useState<SecretInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let alive = true;
    client.call('listSecrets', {}).then(
      (list) => {
        if (!alive) return;
        setSecrets(list);
        setError(null);
      },
      (e: unknown) => alive && setError(toApiError(e).message),
    );
    const listener = (list: SecretInfo[]) => {
      setSecrets(list);
      setError(null);
    };
    listeners.add(listener);
    return () => {
      alive = false;
      listeners.delete(listener);
    };
  }, [client, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { secrets, error, reload };
}

/** A label not yet used for this provider: "default", then "secret 2", "secret 3"… */
export function freeLabel(secrets: SecretInfo[] | null, provider: string): string {
  const taken = new Set((secrets ?? []).filter((s) => s.provider === provider).map((s) => s.label));
  if (!taken.has('default')) return 'default';
  for (let n = 2; ; n++) if (!taken.has(`secret ${n}`)) return `secret ${n}`;
}
