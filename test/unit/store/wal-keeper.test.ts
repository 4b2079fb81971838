// When the WAL keeper holds commits back for a RESTART: each capture arriving during a hold waits
// for the checkpoint's copy and fsync, so a due RESTART waits for a pause between captures.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  Checkpointer,
  CheckpointMode,
  CheckpointResult,
} from '../../../src-main/core/store/checkpointer';
import { WalKeeper, type WalPolicy } from '../../../src-main/core/store/wal-keeper';

const FRAME = 1000;
const policy: WalPolicy = {
  intervalMs: 100,
  idleMs: 10_000,
  eagerBytes: 1e12,
  restartAtBytes: 16 * FRAME,
  finishBytes: 4 * FRAME,
  maxBytes: 48 * FRAME,
  quietMs: 50,
  restartPatienceMs: 2000,
};

/** A checkpointer whose passive rounds leave one frame of a 20-frame WAL uncopied (a RESTART is due). */
function fakeCheckpointer(modes: { mode: CheckpointMode; at: number }[]): Checkpointer {
  return {
    checkpoint(mode: CheckpointMode): Promise<CheckpointResult> {
      modes.push({ mode, at: performance.now() });
      return Promise.resolve({ ok: true, busy: 0, log: 20, checkpointed: mode === 'PASSIVE' ? 19 : 20 });
    },
  } as unknown as Checkpointer;
}

describe('the WAL keeper', () => {
  let keeper: WalKeeper | undefined;
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'performance'],
    });
  });
  afterEach(() => {
    keeper?.close();
    vi.useRealTimers();
  });

  function start(): { modes: { mode: CheckpointMode; at: number }[]; holds: number[] } {
    const modes: { mode: CheckpointMode; at: number }[] = [];
    const holds: number[] = [];
    keeper = new WalKeeper(
      fakeCheckpointer(modes),
      { hold: () => holds.push(performance.now()), release: () => {} },
      FRAME,
      () => 20 * FRAME,
      policy,
    );
    return { modes, holds };
  }

  it('holds commits for a due RESTART only once captures pause, not in the middle of a burst', async () => {
    const { modes, holds } = start();
    const captureTimes: number[] = [];
    // A burst: a capture every 5 ms for 600 ms (several passive rounds find a RESTART due).
    for (let t = 0; t < 600; t += 5) {
      keeper!.noteCommit(FRAME);
      captureTimes.push(performance.now());
      await vi.advanceTimersByTimeAsync(5);
    }
    expect(modes.filter((m) => m.mode === 'PASSIVE').length).toBeGreaterThan(3);
    expect(holds).toEqual([]);
    // The burst is over: the RESTART comes once captures have paused for quietMs.
    await vi.advanceTimersByTimeAsync(policy.quietMs + 10);
    const lastCapture = captureTimes[captureTimes.length - 1]!;
    expect(modes.filter((m) => m.mode === 'RESTART')).toHaveLength(1);
    expect(holds).toHaveLength(1);
    expect(holds[0]! - lastCapture).toBeGreaterThanOrEqual(policy.quietMs);
  });

  it('still starts the WAL over under a stream with no pause, after restartPatienceMs', async () => {
    const { modes, holds } = start();
    for (let t = 0; t < 4000; t += 5) {
      keeper!.noteCommit(FRAME);
      await vi.advanceTimersByTimeAsync(5);
    }
    const restarts = modes.filter((m) => m.mode === 'RESTART');
    expect(restarts.length).toBeGreaterThanOrEqual(1);
    const firstDue = modes.find((m) => m.mode === 'PASSIVE')!.at;
    expect(restarts[0]!.at - firstDue).toBeLessThanOrEqual(policy.restartPatienceMs + policy.intervalMs);
    expect(holds.length).toBe(restarts.length);
  });
});
