// The one IPC binding: every contract operation becomes an `ipcMain.handle` channel through the same
// wrapper, which (1) refuses senders that are not our UI's main frame, (2) validates the input with
// the contract's zod schema, (3) calls the service and (4) returns an IpcResult, because an Error's
// `code` would not survive Electron's structured cloning. Operations come from `operationNames`, so a
// new contract entry is bound without touching this file.
import { operationNames, operations, type OperationName } from '@shared/contract';
import { ipcChannels, type IpcResult } from '@shared/bridge';
import { InspectorError } from '@shared/errors';
import type { InspectorService } from '../core/service/types';
import type { SenderFrameLike } from './security';

/** What the wrapper reads from Electron's IpcMainInvokeEvent. */
export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

/** The part of Electron's ipcMain we use (structural, so tests pass a fake). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface BindOptions {
  /** Decides from the sender frame whether the call comes from our UI; see isTrustedSenderFrame. */
  isTrustedSender(frame: SenderFrameLike | null): boolean;
  /** Where unexpected failures are reported (their details stay in the main process). */
  logError?(operation: OperationName, error: unknown): void;
}

function failure(code: InspectorError['code'], message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

/** Zod issues as one readable line, e.g. "id: Too small: expected number to be >0". */
function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 5)
    .map((issue) =>
      issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

/** Runs one operation for one IPC call; exported for tests and for anyone binding another way. */
export async function invokeOperation(
  service: InspectorService,
  name: OperationName,
  frame: SenderFrameLike | null,
  input: unknown,
  options: BindOptions,
): Promise<IpcResult<unknown>> {
  if (!options.isTrustedSender(frame)) {
    return failure('forbidden', 'IPC call refused: the sender is not the Hookscope window.');
  }
  // Operations without parameters may be called with no argument: treat that as {}.
  const parsed = operations[name].safeParse(input === undefined ? {} : input);
  if (!parsed.success) {
    return failure('invalid_input', `Invalid input for ${name}: ${describeIssues(parsed.error.issues)}`);
  }
  try {
    return { ok: true, value: await service.call(name, parsed.data) };
  } catch (error) {
    if (error instanceof InspectorError) return failure(error.code, error.message);
    options.logError?.(name, error);
    return failure('internal', `${name} failed unexpectedly.`);
  }
}

/**
 * Registers a handler for every operation on ipcChannels.operation(name). Returns a function that
 * removes them all (used on quit and in tests).
 */
export function bindOperations(
  ipcMain: IpcMainLike,
  service: InspectorService,
  options: BindOptions,
): () => void {
  for (const name of operationNames) {
    ipcMain.handle(ipcChannels.operation(name), (event: InvokeEventLike, input?: unknown) =>
      invokeOperation(service, name, event.senderFrame, input, options),
    );
  }
  return () => {
    for (const name of operationNames) ipcMain.removeHandler(ipcChannels.operation(name));
  };
}
