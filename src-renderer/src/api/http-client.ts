// Browser transport for headless mode: `POST /api/<operation>` with the bearer token, and events on
// the `/api/events` WebSocket. Same origin as the page, so the control API's Origin/Host checks pass.
import type { EventEnvelope } from '@shared/bridge';
import type { OperationInput, OperationName, OperationOutputs } from '@shared/contract';
import { isApiErrorBody } from '@shared/errors';
import { ApiError } from './api-error';
import type { ConnectionState, InspectorClient } from './client';
import { openEventSocket } from './event-socket';

export function createHttpClient(
  token: string,
  origin: URL = new URL(window.location.href),
): InspectorClient {
  const listeners = new Set<(envelope: EventEnvelope) => void>();
  const stateListeners = new Set<(state: ConnectionState) => void>();
  let state: ConnectionState = 'connecting';

  const setState = (next: ConnectionState) => {
    // A refused token is final for this page: retrying cannot fix it, a new link can.
    if (next === state || state === 'unauthorized') return;
    state = next;
    for (const l of stateListeners) l(next);
  };

  const wsUrl = new URL('/api/events', origin);
  wsUrl.protocol = origin.protocol === 'https:' ? 'wss:' : 'ws:';
  wsUrl.hash = '';
  wsUrl.search = `?token=${encodeURIComponent(token)}`;

  const socket = openEventSocket({
    url: wsUrl.toString(),
    onEnvelope: (envelope) => {
      for (const l of listeners) l(envelope);
    },
    onState: setState,
  });

  return {
    transport: 'http',
    async call<N extends OperationName>(name: N, input: OperationInput<N>): Promise<OperationOutputs[N]> {
      let response: Response;
      try {
        response = await fetch(new URL(`/api/${name}`, origin), {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
          credentials: 'omit',
          cache: 'no-store',
        });
      } catch (error) {
        throw new ApiError('unavailable', `Cannot reach Hookscope: ${(error as Error).message}`);
      }
      const text = await response.text();
      let body: unknown = null;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        // handled below: a non-JSON answer is a protocol error
      }
      if (!response.ok) {
        if (response.status === 401) {
          setState('unauthorized');
          socket.close();
        }
        if (isApiErrorBody(body)) throw new ApiError(body.code, body.message);
        throw new ApiError(response.status === 401 ? 'unauthorized' : 'internal', `HTTP ${response.status}`);
      }
      if (body === null && text !== 'null')
        throw new ApiError('internal', 'Malformed response from Hookscope');
      return body as OperationOutputs[N];
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
    close() {
      socket.close();
      listeners.clear();
      stateListeners.clear();
    },
  };
}
