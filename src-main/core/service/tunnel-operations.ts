// Tunnel operations: the TunnelManager wired to the settings (last-used domain and path hint) and
// to the secret store (the authtoken, kept as provider "ngrok"; never in settings or events).
import type { OperationOutputs } from '@shared/contract';
import type { StartTunnelOptions } from '@shared/tunnel-types';
import type { TunnelManager } from '../tunnel';
import type { SettingsStore } from '../settings/settings-store';

export function tunnelOperations(tunnel: TunnelManager, settings: SettingsStore) {
  return {
    getTunnel: (): OperationOutputs['getTunnel'] => tunnel.status(),
    startTunnel: async (input: StartTunnelOptions): Promise<OperationOutputs['startTunnel']> => {
      const last = settings.get();
      const domain = input.domain ?? last.tunnelDomain ?? undefined;
      const pathHint = input.pathHint ?? last.tunnelPathHint ?? undefined;
      const status = await tunnel.start({ authtoken: input.authtoken, domain, pathHint });
      if (input.domain !== undefined || input.pathHint !== undefined) {
        settings.update({ tunnelDomain: domain ?? null, tunnelPathHint: pathHint ?? null });
      }
      return status;
    },
    stopTunnel: (): Promise<OperationOutputs['stopTunnel']> => tunnel.stop(),
  };
}
