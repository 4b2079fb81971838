// Pushes core events (and menu commands) to the window on ipcChannels.events. The renderer receives
// the envelope only; the preload strips Electron's event object.
import { ipcChannels, type EventEnvelope } from '../shared/bridge';
import type { InspectorService } from '../core/service/types';
import type { AppCommandEnvelope } from './app-commands';

/** The part of webContents we send to; a closed window is skipped, not an error. */
export interface EnvelopeTarget {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

export type OutgoingEnvelope = EventEnvelope | AppCommandEnvelope;

export function sendEnvelope(target: EnvelopeTarget | null | undefined, envelope: OutgoingEnvelope): void {
  if (!target || target.isDestroyed()) return;
  target.send(ipcChannels.events, envelope);
}

/** Forwards every service event verbatim; returns the unsubscribe function. */
export function forwardServiceEvents(
  service: InspectorService,
  getTarget: () => EnvelopeTarget | null | undefined,
): () => void {
  return service.onAny((event, payload) => {
    sendEnvelope(getTarget(), { event, payload } as EventEnvelope);
  });
}
