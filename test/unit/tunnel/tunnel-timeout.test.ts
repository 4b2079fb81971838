// Starting never hangs: a forward() that never answers ends in `timeout` at 15 s, and whatever it
// opens afterwards is closed rather than left running as a stray public tunnel.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeHarness } from './harness';

describe('TunnelManager start timeout', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives up at exactly 15 s with a timeout error', async () => {
    const h = makeHarness();
    h.ngrok.hang();
    let settled: unknown = null;
    void h.manager.start().then((status) => (settled = status));

    await vi.advanceTimersByTimeAsync(14_999);
    expect(settled).toBeNull();
    expect(h.manager.status()).toEqual({ state: 'starting' });

    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toMatchObject({ state: 'error', code: 'timeout' });
    expect(h.states()).toEqual(['starting', 'error']);
  });

  it('honours an injected timeout and clock', async () => {
    let now = 0;
    const pending: Array<{ at: number; run: () => void }> = [];
    const h = makeHarness({
      startTimeoutMs: 500,
      timers: {
        now: () => now,
        setTimeout: (run, ms) => {
          const timer = { at: now + ms, run };
          pending.push(timer);
          return timer;
        },
        clearTimeout: (timer) => {
          const index = pending.indexOf(timer as (typeof pending)[number]);
          if (index >= 0) pending.splice(index, 1);
        },
      },
    });
    h.ngrok.hang();
    const starting = h.manager.start();
    await Promise.resolve();
    now = 500;
    for (const timer of pending.splice(0)) if (timer.at <= now) timer.run();
    const result = await starting;
    expect(result).toMatchObject({ state: 'error', code: 'timeout' });
    expect(result.state === 'error' && result.message).toContain('500 ms');
  });

  it('closes a listener that arrives after the give-up', async () => {
    const h = makeHarness();
    h.ngrok.hang();
    const starting = h.manager.start();
    await vi.advanceTimersByTimeAsync(15_000);
    await expect(starting).resolves.toMatchObject({ state: 'error', code: 'timeout' });

    const late = h.ngrok.releaseHung({ url: 'https://late.ngrok.test' });
    await vi.advanceTimersByTimeAsync(0);

    expect(late?.closed).toBe(true);
    expect(h.ngrok.disconnects).toBe(1);
    expect(h.manager.status()).toMatchObject({ state: 'error', code: 'timeout' });
  });

  it('a late failure after the give-up changes nothing and is not an unhandled rejection', async () => {
    const h = makeHarness();
    h.ngrok.hang();
    const starting = h.manager.start();
    await vi.advanceTimersByTimeAsync(15_000);
    await starting;
    h.ngrok.releaseHung({ code: 'ERR_NGROK_105' });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.manager.status()).toMatchObject({ state: 'error', code: 'timeout' });
  });

  it('stop() resolves even when ngrok never closes the listener', async () => {
    const h = makeHarness({ stopTimeoutMs: 5_000 });
    await h.manager.start();
    const [listener] = h.ngrok.listeners;
    if (!listener) throw new Error('expected a listener');
    listener.close = () => new Promise(() => {});

    let stopped: unknown = null;
    void h.manager.stop().then((status) => (stopped = status));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(stopped).toEqual({ state: 'stopped' });
  });
});
