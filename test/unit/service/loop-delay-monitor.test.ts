import { afterEach, describe, expect, it } from 'vitest';
import { LoopDelayMonitor } from '../../../src-main/core/service/loop-delay-monitor';
import type { LoopDelay } from '@shared/types';

const monitors: LoopDelayMonitor[] = [];
afterEach(() => monitors.splice(0).forEach((m) => m.stop()));

function blockLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // Synchronous work, as an export or a search used to do on the receiver's loop.
  }
}

describe('LoopDelayMonitor', () => {
  it('reports a blocked loop past the threshold, then that it recovered', async () => {
    const changes: LoopDelay[] = [];
    const monitor = new LoopDelayMonitor({
      windowMs: 100,
      thresholdMs: 60,
      onChange: (d) => changes.push(d),
    });
    monitors.push(monitor);
    await new Promise((r) => setTimeout(r, 20));
    blockLoop(150);
    await expect.poll(() => changes.find((c) => c.stalled), { timeout: 5000 }).toBeTruthy();
    const stalled = changes.find((c) => c.stalled)!;
    expect(stalled.maxMs).toBeGreaterThanOrEqual(100);
    expect(stalled.thresholdMs).toBe(60);
    await expect.poll(() => changes.at(-1)?.stalled, { timeout: 5000 }).toBe(false);
    expect(monitor.current().worstMs).toBeGreaterThanOrEqual(100);
  });
});
