// The renderer's view of the core: one `call` per contract operation, one event stream, and the
// health of the link. Both transports (Electron IPC, browser HTTP+WebSocket) implement it.
import type { AppCommand, EventEnvelope, Unsubscribe } from '@shared/bridge';
import type { OperationInput, OperationName, OperationOutputs } from '@shared/contract';

/**
 * - `connecting`: first attempt in progress.
 * - `live`: events are flowing.
 * - `reconnecting`: the link dropped; retrying with backoff (the list may be missing new rows).
 * - `unauthorized`: the token was refused; retrying will not help.
 */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'unauthorized';

export interface InspectorClient {
  readonly transport: 'ipc' | 'http';
  call<N extends OperationName>(name: N, input: OperationInput<N>): Promise<OperationOutputs[N]>;
  subscribe(listener: (envelope: EventEnvelope) => void): Unsubscribe;
  connectionState(): ConnectionState;
  /** Called on every state change. A change back to `live` after a drop means "resync now". */
  onConnectionChange(listener: (state: ConnectionState) => void): Unsubscribe;
  /** Desktop menu commands (Electron only: in a browser there is no menu, and this is absent). */
  onAppCommand?(listener: (command: AppCommand) => void): Unsubscribe;
  close(): void;
}
