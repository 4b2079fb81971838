// What the list row says about a forwarded capture: how many targets, how many failed, and the
// outcome worth showing (the first failure, else the first answer) with its status and time.
import type { ForwardBrief } from '@shared/types';
import type { SendOutcome } from '@shared/replay-types';

/** The parts of one outcome the brief needs (the list query extracts just these from the JSON). */
export interface OutcomeBits {
  status: number | null;
  durationMs: number | null;
  errorCode: string | null;
}

export const outcomeBits = (o: SendOutcome): OutcomeBits => ({
  status: o.response?.status ?? null,
  durationMs: o.durationMs,
  errorCode: o.error?.code ?? null,
});

/** A send failed when no answer came (or it was never sent) or the handler answered 4xx/5xx. */
const failed = (o: OutcomeBits) => o.status === null || o.status >= 400;

export function forwardBrief(outcomes: readonly OutcomeBits[]): ForwardBrief | null {
  if (outcomes.length === 0) return null;
  const failures = outcomes.filter(failed);
  const shown = failures[0] ?? outcomes[0]!;
  return {
    targets: outcomes.length,
    failed: failures.length,
    status: shown.status,
    ms: shown.errorCode === 'not_sent' ? null : shown.durationMs,
    error: shown.status === null ? (shown.errorCode ?? 'network') : null,
  };
}
