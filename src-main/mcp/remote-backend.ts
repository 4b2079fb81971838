// A running Hookscope reached through its control API: POST /api/<operation> with the bearer token,
// and the WebSocket /api/events for "a capture arrived". The token is sent only to that loopback
// address and never appears in what the tools return (see redact in tools.ts).
import WebSocket from 'ws';
import type { ApiErrorBody } from '@shared/errors';
import { InspectorError } from '@shared/errors';
import type { EventEnvelope } from '@shared/bridge';
import type { HookscopeBackend } from './backend';

export function remoteBackend(baseUrl: string, token: string): HookscopeBackend {
  const base = baseUrl.replace(/\/+$/, '');
  const listeners = new Set<() => void>();
  let socket: WebSocket | null = null;
  let closed = false;

  const connect = () => {
    if (socket || closed) return;
    const wsUrl = base.replace(/^http/, 'ws') + '/api/events';
    const ws = new WebSocket(wsUrl, { headers: { Authorization: `Bearer ${token}` } });
    socket = ws;
    ws.on('message', (data) => {
      let envelope: EventEnvelope;
      try {
        envelope = JSON.parse(String(data)) as EventEnvelope;
      } catch {
        return;
      }
      if (envelope.event === 'capture.added' || envelope.event === 'capture.updated')
        for (const l of listeners) l();
    });
    // A dropped socket is reopened on the next subscription; waiting tools also re-check on their own.
    ws.on('close', () => {
      if (socket === ws) socket = null;
    });
    ws.on('error', () => ws.close());
  };

  return {
    description: `the Hookscope control API at ${base}`,
    async call(name, input) {
      let response: Response;
      try {
        response = await fetch(`${base}/api/${name}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch (error) {
        throw new InspectorError(
          'internal',
          `Hookscope is not reachable at ${base} (${(error as Error).message}). Is it running?`,
        );
      }
      const body = (await response.json().catch(() => null)) as unknown;
      if (!response.ok) {
        const err = body as ApiErrorBody | null;
        throw new InspectorError(err?.code ?? 'internal', err?.message ?? `HTTP ${response.status}`);
      }
      return body as never;
    },
    onCaptureChange(listener) {
      listeners.add(listener);
      connect();
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      socket?.close();
    },
  };
}
