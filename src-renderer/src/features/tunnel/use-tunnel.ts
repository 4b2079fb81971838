// Live views of what the tunnel UI needs: the tunnel status (getTunnel, then `tunnel.status`
// events), the settings (getSettings, then `settings.changed`) and whether an ngrok authtoken is
// stored (getStatus; never the value). Each reloads when the event link comes back after a drop,
// because events may have been missed meanwhile.
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../../../src-main/shared/types';
import type { TunnelStatus } from '../../../../src-main/shared/tunnel-types';
import type { EventName } from '../../../../src-main/shared/contract';
import { useServices } from '../../state/app-context';

/**
 * A value loaded with `operation` and then replaced by each `event` payload; null until the first
 * answer. Reloads when the event link comes back after a drop (events may have been missed).
 */
function useLiveValue<T>(operation: 'getTunnel' | 'getSettings', event: EventName): T | null {
  const { client } = useServices();
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let alive = true;
    // An event newer than a load in flight wins: a late answer must not roll it back.
    let generation = 0;
    const load = () => {
      const asked = ++generation;
      client.call(operation, {}).then(
        (v) => {
          if (alive && asked === generation) setValue(v as T);
        },
        () => {
          // Keeps the last known value; the next event or reconnect corrects it.
        },
      );
    };
    load();
    const unsubscribe = client.subscribe((envelope) => {
      if (envelope.event !== event) return;
      generation += 1;
      setValue(envelope.payload as T);
    });
    let previous = client.connectionState();
    const unwatch = client.onConnectionChange((next) => {
      if (next === 'live' && previous !== 'live') load();
      previous = next;
    });
    return () => {
      alive = false;
      unsubscribe();
      unwatch();
    };
  }, [client, operation, event]);
  return value;
}

/** The tunnel status, or null until the first answer. */
export function useTunnelStatus(): TunnelStatus | null {
  return useLiveValue<TunnelStatus>('getTunnel', 'tunnel.status');
}

/** The settings, kept current by `settings.changed`; null until loaded. */
export function useSettings(): Settings | null {
  return useLiveValue<Settings>('getSettings', 'settings.changed');
}

/**
 * Whether an ngrok authtoken is stored (from getStatus: a boolean, never the token). Re-read when
 * the tunnel status changes (starting with a token given stores it) and on demand via `refresh`.
 */
export function useAuthtokenConfigured(): { configured: boolean | null; refresh(): void } {
  const { client } = useServices();
  const [configured, setConfigured] = useState<boolean | null>(null);
  const [ask, setAsk] = useState(0);
  const refresh = useCallback(() => setAsk((n) => n + 1), []);
  useEffect(() => {
    let alive = true;
    const load = () =>
      client.call('getStatus', {}).then(
        (s) => alive && setConfigured(s.ngrokAuthtokenConfigured),
        () => undefined,
      );
    void load();
    const unsubscribe = client.subscribe((envelope) => {
      if (envelope.event === 'tunnel.status' || envelope.event === 'settings.changed') void load();
    });
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [client, ask]);
  return { configured, refresh };
}
