// Runs an expensive pure computation (JSON.parse of megabytes, text layout) after the browser has
// painted, so opening a big body shows "Parsing…" instead of a frozen window. Small inputs are
// computed synchronously to avoid a flash. `compute` must be stable (module-level or memoised).
import { useEffect, useMemo, useState } from 'react';

export type Deferred<T> = { status: 'pending' } | { status: 'ready'; value: T };

const syncLimit = 256 * 1024;

export function useAfterPaint<I, T>(input: I | null, compute: (input: I) => T, cost: number): Deferred<T> {
  const sync = input !== null && cost <= syncLimit;
  const syncValue = useMemo(
    () => (sync && input !== null ? { value: compute(input) } : null),
    [sync, input, compute],
  );
  const [deferred, setDeferred] = useState<{ input: I; value: T } | null>(null);

  useEffect(() => {
    if (sync || input === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // One frame to paint the placeholder, then compute.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        setDeferred({ input, value: compute(input) });
      }, 0);
    });
    // Cancelling both steps is enough: a stale computation can never land.
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [sync, input, compute]);

  if (syncValue) return { status: 'ready', value: syncValue.value };
  if (deferred && input !== null && Object.is(deferred.input, input))
    return { status: 'ready', value: deferred.value };
  return { status: 'pending' };
}
