// Derived analysis of one capture: provider, signature verdict, decoded cards, summary and
// redelivery detection. Pure over the stored row plus the secrets and settings of the moment,
// so it can be recomputed whenever those change.
import type { CaptureRow, CaptureAnalysisColumns } from '../store/capture-store';
import type { StoredAnalysis } from './capture-mapping';

export interface AnalysisContext {
  /** Marks the capture's idempotency keys as seen; returns the capture it duplicates, if any. */
  claimDedupeKeys(id: number, keys: string[]): number | null;
}

export function analyseCapture(row: CaptureRow, _context: AnalysisContext): CaptureAnalysisColumns {
  const analysis: StoredAnalysis = { signature: null, cards: [], decoder: null };
  return {
    provider: null,
    verdict: row.kind === 'handshake' ? 'handshake' : null,
    summary: row.kind === 'handshake' ? row.note : null,
    duplicateOf: null,
    analysis,
  };
}
