// Retry from the UI: a failed or unsent forward delivery is queued again (behind what is already
// queued for its target); its new outcome replaces the old one when it comes.
import { InspectorError } from '@shared/errors';
import type { ForwardSettings, SendOutcome } from '@shared/replay-types';
import type { CaptureRow } from '../store/capture-store';
import type { Forwarder } from '../replay';
import { carriesHopHeader } from '../replay/forward-loop';

export interface ForwardRetryDeps {
  forwarder: Forwarder;
  settings: () => ForwardSettings;
  getCapture: (id: number) => CaptureRow | null;
  idsWithFailedForwards: () => number[];
}

const failed = (o: SendOutcome): boolean => o.response === null || o.response.status >= 400;

export function forwardRetryOperations(deps: ForwardRetryDeps) {
  const checkForwardingOn = (): ForwardSettings => {
    const settings = deps.settings();
    if (settings.paused)
      throw new InspectorError('invalid_input', 'Forwarding is paused: resume it to retry.');
    return settings;
  };

  /** The targets a capture's forward is retried to, or why it cannot be. */
  const retryTargets = (row: CaptureRow, targetId: string | null, settings: ForwardSettings): string[] => {
    if (row.kind !== 'request' || row.origin)
      throw new InspectorError(
        'invalid_input',
        `Capture #${row.id} is not a received request; only those are forwarded.`,
      );
    if (row.bodyTruncated)
      throw new InspectorError(
        'invalid_input',
        `Only part of the body of #${row.id} was kept; forwarding it would send a different request.`,
      );
    if (carriesHopHeader(row.headers))
      throw new InspectorError(
        'invalid_input',
        `#${row.id} was itself forwarded by a Hookscope; forwarding it again would loop.`,
      );
    const enabled = new Set(settings.targets.filter((t) => t.enabled).map((t) => t.id));
    if (targetId !== null) {
      if (!enabled.has(targetId))
        throw new InspectorError('invalid_input', `There is no enabled forward target "${targetId}".`);
      return [targetId];
    }
    const failures = row.forwards.filter(failed);
    // Named targets that failed, and, for an outcome that never reached routing, every target the
    // capture goes to now (except those that already answered well).
    const targets = new Set(
      failures.flatMap((o) => (o.targetId !== null && enabled.has(o.targetId) ? [o.targetId] : [])),
    );
    if (row.forwards.length === 0 || failures.some((o) => o.targetId === null)) {
      const answered = new Set(row.forwards.filter((o) => !failed(o)).map((o) => o.targetId));
      for (const t of deps.forwarder.routeOf(row, settings)) if (!answered.has(t.id)) targets.add(t.id);
    }
    if (targets.size === 0)
      throw new InspectorError(
        'invalid_input',
        `No enabled forward target has a failed delivery of #${row.id} to retry.`,
      );
    return [...targets];
  };

  return {
    retryForward: ({ id, targetId }: { id: number; targetId?: string }): { queued: number } => {
      const settings = checkForwardingOn();
      const row = deps.getCapture(id);
      if (!row) throw new InspectorError('not_found', `Capture #${id} does not exist.`);
      const targets = retryTargets(row, targetId ?? null, settings);
      deps.forwarder.retry(id, targets);
      return { queued: targets.length };
    },

    retryFailedForwards: (): { queued: number; captures: number } => {
      const settings = checkForwardingOn();
      let queued = 0;
      let captures = 0;
      for (const id of deps.idsWithFailedForwards()) {
        const row = deps.getCapture(id);
        if (!row) continue;
        let targets: string[];
        try {
          targets = retryTargets(row, null, settings);
        } catch (error) {
          // A capture that cannot be forwarded (truncated body, target gone) keeps its reason.
          if (error instanceof InspectorError) continue;
          throw error;
        }
        deps.forwarder.retry(id, targets);
        queued += targets.length;
        captures++;
      }
      return { queued, captures };
    },
  };
}
