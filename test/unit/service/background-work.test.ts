// The background scheduler keeps derived work off the receiver's way: spaced out during a burst,
// less so if the burst lasts, back to back when the receiver is quiet.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackgroundWork } from '../../../src-main/core/service/background-work';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'setImmediate', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

function scheduler(busy: () => boolean, remaining: { n: number }) {
  const runs: number[] = [];
  const work = new BackgroundWork(
    [
      () => {
        runs.push(performance.now());
        remaining.n -= 1;
        return remaining.n > 0;
      },
    ],
    () => (busy() ? performance.now() : -1e9),
  );
  return { work, runs };
}

describe('BackgroundWork', () => {
  it('runs at once, back to back, while the receiver is quiet', () => {
    const { work, runs } = scheduler(() => false, { n: 3 });
    work.poke();
    vi.runAllTimers();
    expect(runs).toHaveLength(3);
    // No spacing between slices (a burst would put ~200 ms between them).
    expect(runs.at(-1)! - runs[0]!).toBeLessThan(50);
  });

  it('spaces slices ~200 ms apart during a burst and ~50 ms apart once it has been behind for 10 s', () => {
    const { work, runs } = scheduler(() => true, { n: 1000 });
    work.poke();
    vi.advanceTimersByTime(1000);
    // ~2 % of the loop at first: 1 s of burst → about 5 slices.
    expect(runs.length).toBeGreaterThanOrEqual(4);
    expect(runs.length).toBeLessThanOrEqual(6);
    vi.advanceTimersByTime(10_000);
    const before = runs.length;
    vi.advanceTimersByTime(1000);
    // After 10 s behind: ~8 % → about 20 slices a second.
    expect(runs.length - before).toBeGreaterThanOrEqual(18);
    expect(runs.length - before).toBeLessThanOrEqual(22);
  });

  it('starts a new burst at the short duty cycle once it had caught up', () => {
    const remaining = { n: 2 };
    const { work, runs } = scheduler(() => true, remaining);
    work.poke();
    vi.advanceTimersByTime(30_000); // long ago, but it caught up after two slices
    remaining.n = 5;
    const before = runs.length;
    work.poke();
    vi.advanceTimersByTime(400);
    expect(runs.length - before).toBe(2);
  });

  it('pauses when a step throws (disk full), reports once, retries with a growing wait, then resumes', () => {
    const failures: string[] = [];
    let recovered = 0;
    let failing = 3;
    let done = 0;
    const work = new BackgroundWork(
      [
        () => {
          if (failing > 0) {
            failing--;
            throw new Error('database or disk is full');
          }
          done++;
          return false;
        },
      ],
      () => -1e9,
      { failed: (e) => failures.push((e as Error).message), recovered: () => recovered++ },
    );
    work.poke();
    expect(() => vi.runOnlyPendingTimers()).not.toThrow();
    expect(work.paused).toBe(true);
    // New captures while paused do not bypass the retry wait.
    work.poke();
    vi.advanceTimersByTime(999);
    expect(failing).toBe(2);
    vi.advanceTimersByTime(1); // first retry after 1 s
    expect(failing).toBe(1);
    vi.advanceTimersByTime(1999);
    expect(failing).toBe(1);
    vi.advanceTimersByTime(1); // then 2 s
    expect(failing).toBe(0);
    vi.advanceTimersByTime(4000); // then 4 s: succeeds
    expect(done).toBe(1);
    expect(work.paused).toBe(false);
    expect(failures).toEqual(Array(3).fill('database or disk is full'));
    expect(recovered).toBe(1);
  });

  it('retries at once when the store proves it writes again, instead of waiting out the backoff', () => {
    let failing = true;
    let done = 0;
    const work = new BackgroundWork(
      [
        () => {
          if (failing) throw new Error('database or disk is full');
          done++;
          return false;
        },
      ],
      () => -1e9,
    );
    work.poke();
    vi.runOnlyPendingTimers();
    expect(work.paused).toBe(true);
    failing = false;
    work.retrySoon();
    work.retrySoon();
    vi.advanceTimersByTime(0);
    expect(done).toBe(1);
    expect(work.paused).toBe(false);
  });
});
