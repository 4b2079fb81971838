// Live views of what the tunnel UI needs: the tunnel status (getTunnel, then `tunnel.status`
// events), the settings (getSettings, then `settings.changed`) and whether an ngrok authtoken is
// stored (getStatus; never the value). Each reloads when the event link comes back after a drop,
// because events may have been missed meanwhile.
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../../../src-main/shared/types';
import type { TunnelStatus } from '../../../../src-main/shared/tunnel-types';
import { useServices } from '../../state/app-context';

/** The tunnel status, or null until the first answer. */
export function useTunnelStatus(): TunnelStatus | null {
  const { client } = useServices();
  const [status, setStatus] = useState<TunnelStatus | null>(null);
  useEffect(() => {
    let alive = true;
    // An event newer than a load in flight wins: a late getTunnel answer must not roll it back.
    let generation = 0;
    const load = () => {
      const asked = ++generation;
      client.call('getTunnel', {}).then(
        (s) => {
          if (alive && asked === generation) setStatus(s);
        },
        () => {
          // Keeps the last known status; the next event or reconnect corrects it.
        },
      );
    };
    load();
    const unsubscribe = client.subscribe((envelope) => {
      if (envelope.event !== 'tunnel.status') return;
      generation += 1;
      setStatus(envelope.payload as TunnelStatus);
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
  }, [client]);
  return status;
}

/** The settings, kept current by `settings.changed`; null until loaded. */
export function useSettings(): Settings | null {
  const { client } = useServices();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let alive = true;
    let generation = 0;
    const load = () => {
      const asked = ++generation;
      client.call('getSettings', {}).then(
        (s) => {
          if (alive && asked === generation) setSettings(s);
        },
        () => {
          // The dialogs show their own error when they need settings that never came.
        },
      );
    };
    load();
    const unsubscribe = client.subscribe((envelope) => {
      if (envelope.event !== 'settings.changed') return;
      generation += 1;
      setSettings(envelope.payload as Settings);
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
  }, [client]);
  return settings;
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
