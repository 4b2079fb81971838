// Background re-verification progress (after a secret or setting changed), from analysis.progress.
import { useEffect, useState } from 'react';
import { useServices } from '../../state/app-context';

export interface AnalysisProgress {
  done: number;
  total: number;
}

/** The latest progress while a run is under way; null when idle. */
export function useAnalysisProgress(): AnalysisProgress | null {
  const { client } = useServices();
  const [progress, setProgress] = useState<AnalysisProgress | null>(null);
  useEffect(
    () =>
      client.subscribe((envelope) => {
        if (envelope.event !== 'analysis.progress') return;
        const p = envelope.payload as AnalysisProgress;
        setProgress(p.done >= p.total ? null : p);
      }),
    [client],
  );
  return progress;
}
