// The headless event stream: a WebSocket that reconnects with capped exponential backoff and jitter.
// The server closes with 4401/1008 (or refuses the upgrade) when the token is wrong; after a few
// failed attempts that never opened we keep retrying, slowly, because the server may just be restarting.
import type { EventEnvelope } from '@shared/bridge';
import type { ConnectionState } from './client';

export interface EventSocketOptions {
  url: string;
  onEnvelope(envelope: EventEnvelope): void;
  onState(state: ConnectionState): void;
  /** Backoff bounds in ms. */
  minDelay?: number;
  maxDelay?: number;
}

export interface EventSocket {
  close(): void;
}

function isEnvelope(value: unknown): value is EventEnvelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { event?: unknown }).event === 'string' &&
    'payload' in value
  );
}

export function openEventSocket(options: EventSocketOptions): EventSocket {
  const minDelay = options.minDelay ?? 250;
  const maxDelay = options.maxDelay ?? 8000;
  let attempt = 0;
  let socket: WebSocket | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;

  const connect = () => {
    if (closed) return;
    const ws = new WebSocket(options.url);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      options.onState('live');
    };
    ws.onmessage = (message) => {
      if (typeof message.data !== 'string') return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(message.data);
      } catch {
        return; // a malformed frame is dropped, not fatal
      }
      if (isEnvelope(parsed)) options.onEnvelope(parsed);
    };
    ws.onclose = (event) => {
      if (closed) return;
      socket = null;
      if (event.code === 4401 || event.code === 4403) {
        options.onState('unauthorized');
        return;
      }
      options.onState('reconnecting');
      const delay = Math.min(maxDelay, minDelay * 2 ** attempt) * (0.75 + Math.random() * 0.5);
      attempt++;
      timer = setTimeout(connect, delay);
    };
  };

  connect();
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      socket?.close(1000, 'client closed');
    },
  };
}
