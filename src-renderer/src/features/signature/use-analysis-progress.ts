// Background re-verification progress (after a secret or setting changed), from analysis.progress.
import type { EventPayloads } from '@shared/contract';
import { useEventValue } from '../../data/use-event-value';

export type AnalysisProgress = EventPayloads['analysis.progress'];

/** The latest progress while a run is under way; null when idle. */
export function useAnalysisProgress(): AnalysisProgress | null {
  return useEventValue('analysis.progress');
}
