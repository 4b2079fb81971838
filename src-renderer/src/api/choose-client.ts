// Picks the transport once at start: the preload bridge when running inside Electron, otherwise the
// headless control API with the token handed over in the URL fragment.
import type { HookscopeBridge } from '@shared/bridge';
import type { InspectorClient } from './client';
import { createHttpClient } from './http-client';
import { createIpcClient } from './ipc-client';
import { takeTokenFromLocation } from './token';

declare global {
  interface Window {
    hookscope?: HookscopeBridge;
  }
}

export type ClientChoice = { ok: true; client: InspectorClient } | { ok: false; reason: 'no-token' };

export function chooseClient(): ClientChoice {
  if (window.hookscope) return { ok: true, client: createIpcClient(window.hookscope) };
  const token = takeTokenFromLocation();
  if (!token) return { ok: false, reason: 'no-token' };
  return { ok: true, client: createHttpClient(token) };
}
