// Commands the native menu sends to the renderer. They travel on the same channel as core events
// (ipcChannels.events) as an envelope `{ event: 'app.command', payload: { command } }`, so the
// renderer handles them through `window.hookscope.subscribe` and the bridge needs no extra surface.
// The renderer owns the behaviour (e.g. "Clear captures…" shows its own confirmation first).
import { appCommands, type AppCommand } from '../shared/bridge';

export { appCommands, type AppCommand };

export const APP_COMMAND_EVENT = 'app.command';

export interface AppCommandEnvelope {
  event: typeof APP_COMMAND_EVENT;
  payload: { command: AppCommand };
}

export function appCommandEnvelope(command: AppCommand): AppCommandEnvelope {
  return { event: APP_COMMAND_EVENT, payload: { command } };
}
