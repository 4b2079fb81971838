// What the preload exposes on `window.hookscope` in Electron, and the wire format of events on the
// headless WebSocket. Both transports deliver the same `EventEnvelope`.
import type { EventName, EventPayloads, InspectorApi } from './contract';

export interface EventEnvelope<E extends EventName = EventName> {
  event: E;
  payload: EventPayloads[E];
}

export type Unsubscribe = () => void;

/** window.hookscope in Electron: one named function per operation, plus event subscription. */
export type HookscopeBridge = InspectorApi & {
  /** Callbacks receive only the envelope (never the IPC event object). */
  subscribe(listener: (envelope: EventEnvelope) => void): Unsubscribe;
  /** Commands from the native menu. A desktop-shell concern, so not one of the core's events. */
  onCommand(listener: (command: AppCommand) => void): Unsubscribe;
  readonly transport: 'ipc';
};

/** IPC channel names, derived so the preload and the main-side binding cannot drift apart. */
export const ipcChannels = {
  operation: (name: string) => `hookscope:op:${name}`,
  events: 'hookscope:events',
  commands: 'hookscope:commands',
} as const;

/** Result of an IPC invoke: errors travel as values so their code survives structured cloning. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** Commands the desktop menu sends to the renderer on `ipcChannels.commands` (in a browser the
 * renderer binds the same keys itself; see shortcuts.ts). Plain values, no zod. */
export const appCommands = ['clearCaptures', 'focusSearch', 'toggleTheme'] as const;
export type AppCommand = (typeof appCommands)[number];

export function isAppCommand(value: unknown): value is AppCommand {
  return (appCommands as readonly unknown[]).includes(value);
}
