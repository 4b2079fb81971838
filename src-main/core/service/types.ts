import type { ExportFileInfo } from '../replay/export-jobs';
import type { EventName, EventPayloads, OperationName, OperationOutputs } from '@shared/contract';

/**
 * The core seen from a front end. `call` validates `input` with the contract's zod schema and
 * throws InspectorError({code, message}) on bad input or failure.
 */
export interface InspectorService {
  call<N extends OperationName>(name: N, input: unknown): Promise<OperationOutputs[N]>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  /** Subscribe to every event (adapters forward these verbatim). */
  onAny(listener: <E extends EventName>(event: E, payload: EventPayloads[E]) => void): () => void;
  /** A finished file export (startExport), for the download route; null if unknown or unfinished. */
  exportFile(exportId: string): ExportFileInfo | null;
}
