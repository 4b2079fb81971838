// The forward settings as every consumer sees them (top-bar pause toggle, Forwarding panel,
// Response tab, Replay button): one cached copy, replaced by `forwarding.changed` from any window.
import type { ForwardSettings } from '@shared/replay-types';
import { useOperation } from '../../data/use-operation';

export function useForwardSettings(): {
  settings: ForwardSettings | null;
  error: string | null;
  reload(): void;
} {
  const { data, error, refetch } = useOperation('getForwardSettings', {});
  return { settings: data ?? null, error: error?.message ?? null, reload: () => void refetch() };
}

/** Enabled targets, whether or not forwarding is paused. */
export function activeTargets(settings: ForwardSettings | null) {
  return settings?.targets.filter((t) => t.enabled) ?? [];
}
