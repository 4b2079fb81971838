// Builds window.hookscope from an injected ipcRenderer (a fake in tests). One named function per
// contract operation, derived from the operation names, plus subscribe(), onCommand() and transport.
// Nothing else crosses into the page: never ipcRenderer itself, never process or process.env.
// Only names are imported (operation-names.ts), never the contract's schemas: the preload stays
// small because it carries no zod.
import type { InspectorApi } from '@shared/contract';
import { operationNameList } from '@shared/operation-names';
import {
  ipcChannels,
  isAppCommand,
  type AppCommand,
  type EventEnvelope,
  type HookscopeBridge,
  type IpcResult,
} from '@shared/bridge';
import type { ApiErrorBody } from '@shared/errors';

/** The part of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

function isIpcResult(value: unknown): value is IpcResult<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Unwraps an IpcResult. Failures reject with a plain `{ code, message }` object (ApiErrorBody),
 * not an Error: contextBridge rebuilds thrown Errors from their message alone, so an Error's `code`
 * would be lost on the way to the page, while a plain object arrives intact. The renderer's IPC
 * transport turns it into an InspectorError (isApiErrorBody in shared/errors).
 */
function unwrap(result: unknown): unknown {
  if (!isIpcResult(result)) {
    throw { code: 'internal', message: 'Malformed IPC reply from the main process.' } satisfies ApiErrorBody;
  }
  if (result.ok) return result.value;
  throw { code: result.error.code, message: result.error.message } as ApiErrorBody;
}

export function createBridge(ipc: IpcRendererLike): HookscopeBridge {
  const operations = Object.fromEntries(
    operationNameList.map((name) => [
      name,
      async (input?: unknown) => unwrap(await ipc.invoke(ipcChannels.operation(name), input)),
    ]),
  ) as unknown as InspectorApi;

  const subscribe = (listener: (envelope: EventEnvelope) => void) => {
    if (typeof listener !== 'function') throw new TypeError('subscribe(listener) needs a function.');
    // Strip Electron's IpcRendererEvent: it carries `sender` (the ipcRenderer) and must not leak.
    const relay = (_event: unknown, envelope: unknown) => listener(envelope as EventEnvelope);
    ipc.on(ipcChannels.events, relay);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      ipc.removeListener(ipcChannels.events, relay);
    };
  };

  const onCommand = (listener: (command: AppCommand) => void) => {
    if (typeof listener !== 'function') throw new TypeError('onCommand(listener) needs a function.');
    const relay = (_event: unknown, command: unknown) => {
      if (isAppCommand(command)) listener(command);
    };
    ipc.on(ipcChannels.commands, relay);
    return () => void ipc.removeListener(ipcChannels.commands, relay);
  };

  return Object.freeze({ ...operations, subscribe, onCommand, transport: 'ipc' as const });
}
