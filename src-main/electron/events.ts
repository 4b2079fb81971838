// Pushes core events to the window on ipcChannels.events. The renderer receives the envelope only;
// the preload strips Electron's event object. Menu commands have their own channel (app-commands.ts).
import { ipcChannels, type EventEnvelope } from '@shared/bridge';
import type { InspectorService } from '../core/service/types';

/** The part of webContents we send to; a closed window is skipped, not an error. */
export interface EnvelopeTarget {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

export function sendEnvelope(target: EnvelopeTarget | null | undefined, envelope: EventEnvelope): void {
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
