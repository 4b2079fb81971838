// A scriptable InspectorClient: answers from a table of handlers, events and link changes on demand.
import type { EventEnvelope } from '@shared/bridge';
import type { EventName, EventPayloads, OperationName, OperationOutputs } from '@shared/contract';
import type { ConnectionState, InspectorClient } from '../../../../src-renderer/src/api/client';

type Handlers = {
  [N in OperationName]?: (input: unknown) => OperationOutputs[N] | Promise<OperationOutputs[N]>;
};

export interface FakeClient extends InspectorClient {
  calls: { name: OperationName; input: unknown }[];
  handlers: Handlers;
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  setConnection(state: ConnectionState): void;
}

export function fakeClient(handlers: Handlers = {}): FakeClient {
  const listeners = new Set<(envelope: EventEnvelope) => void>();
  const stateListeners = new Set<(state: ConnectionState) => void>();
  let state: ConnectionState = 'live';
  const client: FakeClient = {
    transport: 'http',
    calls: [],
    handlers,
    async call(name, input) {
      client.calls.push({ name, input });
      const handler = client.handlers[name] as ((input: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`no fake for ${name}`);
      return (await handler(input)) as never;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connectionState: () => state,
    onConnectionChange(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    close() {},
    emit(event, payload) {
      for (const l of listeners) l({ event, payload } as EventEnvelope);
    },
    setConnection(next) {
      state = next;
      for (const l of stateListeners) l(next);
    },
  };
  return client;
}
