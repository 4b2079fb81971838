// Commands the native menu sends to the renderer, on their own channel (ipcChannels.commands): they
// are the desktop shell's, not the core's, so they never travel with the core's events. The
// renderer owns the behaviour (e.g. "Clear captures…" shows its own confirmation first).
import { appCommands, ipcChannels, type AppCommand } from '@shared/bridge';
import type { EnvelopeTarget } from './events';

export { appCommands, type AppCommand };

/** Delivers a menu command to the window; a closed or missing window is skipped. */
export function sendCommand(target: EnvelopeTarget | null | undefined, command: AppCommand): void {
  if (!target || target.isDestroyed()) return;
  target.send(ipcChannels.commands, command);
}
