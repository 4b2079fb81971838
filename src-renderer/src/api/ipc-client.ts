// Electron transport: the preload's `window.hookscope` bridge. IPC never "disconnects" while the
// window lives, so the connection is always live.
import type { HookscopeBridge } from '@shared/bridge';
import type { OperationInput, OperationName, OperationOutputs } from '@shared/contract';
import { toApiError } from './api-error';
import type { InspectorClient } from './client';

export function createIpcClient(bridge: HookscopeBridge): InspectorClient {
  return {
    transport: 'ipc',
    async call<N extends OperationName>(name: N, input: OperationInput<N>): Promise<OperationOutputs[N]> {
      const fn = bridge[name] as unknown as (i: OperationInput<N>) => Promise<OperationOutputs[N]>;
      if (typeof fn !== 'function')
        throw toApiError({ code: 'unknown_operation', message: `No operation ${name}` });
      try {
        return await fn(input);
      } catch (error) {
        throw toApiError(error);
      }
    },
    subscribe: (listener) => bridge.subscribe(listener),
    onAppCommand: (listener) => bridge.onCommand(listener),
    connectionState: () => 'live',
    onConnectionChange: () => () => {},
    close: () => {},
  };
}
