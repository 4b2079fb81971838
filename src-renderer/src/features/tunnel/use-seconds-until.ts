// Whole seconds until an ISO timestamp, ticking twice a second while mounted; null before the first
// tick. The clock is read in timer callbacks only, never during render.
import { useEffect, useState } from 'react';

export function useSecondsUntil(iso: string): number | null {
  const [now, setNow] = useState<{ for: string; at: number } | null>(null);
  useEffect(() => {
    const tick = () => setNow({ for: iso, at: Date.now() });
    const first = setTimeout(tick, 0);
    const every = setInterval(tick, 500);
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  }, [iso]);
  if (now === null || now.for !== iso) return null;
  const due = Date.parse(iso);
  if (Number.isNaN(due)) return null;
  return Math.max(0, Math.ceil((due - now.at) / 1000));
}
