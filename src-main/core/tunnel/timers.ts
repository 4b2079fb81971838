// Time as the tunnel sees it. Injectable so tests drive the 15 s give-up and the reconnect backoff
// without sleeping. The defaults look the globals up at call time, so vitest's fake timers apply too.

export type TimerHandle = unknown;

export interface Timers {
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export const systemTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type Deadlined<T> =
  { settled: true; value: T } | { settled: true; error: unknown } | { settled: false };

/**
 * Waits for `work` at most `ms`. Never rejects, and always observes `work` so a late failure of
 * abandoned work cannot become an unhandled rejection.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, timers: Timers): Promise<Deadlined<T>> {
  return new Promise((resolve) => {
    const timer = timers.setTimeout(() => resolve({ settled: false }), ms);
    work.then(
      (value) => {
        timers.clearTimeout(timer);
        resolve({ settled: true, value });
      },
      (error: unknown) => {
        timers.clearTimeout(timer);
        resolve({ settled: true, error });
      },
    );
  });
}
