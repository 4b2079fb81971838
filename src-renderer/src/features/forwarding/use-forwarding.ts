// The forward settings as every consumer sees them (top-bar pause toggle, Forwarding panel,
// Response tab, Replay button): one shared copy, loaded once, replaced after each save.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { ForwardSettings } from '../../../../src-main/shared/replay-types';
import type { InspectorClient } from '../../api/client';
import { toApiError } from '../../api/api-error';
import { useServices } from '../../state/app-context';

interface ForwardState {
  settings: ForwardSettings | null;
  error: string | null;
}

let state: ForwardState = { settings: null, error: null };
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function set(next: ForwardState) {
  state = next;
  for (const l of listeners) l();
}

function load(client: InspectorClient): Promise<void> {
  loading ??= client.call('getForwardSettings', {}).then(
    (settings) => set({ settings, error: null }),
    (e: unknown) => {
      loading = null;
      set({ ...state, error: toApiError(e).message });
    },
  );
  return loading;
}

/** Saves and shares the result; rejects with the API error (the caller shows it). */
export async function saveForwardSettings(
  client: InspectorClient,
  next: ForwardSettings,
): Promise<ForwardSettings> {
  const saved = await client.call('setForwardSettings', next);
  set({ settings: saved, error: null });
  return saved;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useForwardSettings(): ForwardState & { reload(): void } {
  const { client } = useServices();
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    void load(client);
  }, [client]);
  const reload = useCallback(() => {
    loading = null;
    void load(client);
  }, [client]);
  return { ...current, reload };
}

/** Enabled targets, whether or not forwarding is paused. */
export function activeTargets(settings: ForwardSettings | null) {
  return settings?.targets.filter((t) => t.enabled) ?? [];
}
