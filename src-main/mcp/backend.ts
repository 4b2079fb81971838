// What the MCP tools need from Hookscope: the contract's operations and a signal when captures
// arrive or change. Two implementations: a running Hookscope reached through its control API
// (remote-backend.ts) or a core started inside this process (local-backend.ts).
import type { OperationName, OperationOutputs } from '@shared/contract';

export interface HookscopeBackend {
  /** Where the captures live, for the server's instructions ("control API at …", "data dir …"). */
  readonly description: string;
  call<N extends OperationName>(name: N, input: unknown): Promise<OperationOutputs[N]>;
  /** Called after a capture is added or its analysis finished; returns the unsubscribe. */
  onCaptureChange(listener: () => void): () => void;
  close(): Promise<void>;
}
