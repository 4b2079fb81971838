// A dropped session: reconnecting with backoff, recovery (by ngrok itself or by a fresh session),
// giving up on errors that will not heal, and never disturbing anything after stop().
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeHarness } from './harness';

const T0 = Date.parse('2026-11-23T08:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe('TunnelManager reconnect', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a drop shows reconnecting with the first backoff, then a fresh session comes online', async () => {
    const h = makeHarness();
    h.ngrok.succeed('https://one.ngrok.test').succeed('https://two.ngrok.test');
    await h.manager.start({ pathHint: '/hook' });
    const first = h.ngrok.listeners[0];

    h.ngrok.dropSession();

    expect(h.manager.status()).toEqual({ state: 'reconnecting', attempt: 1, nextRetryAt: iso(T0 + 1_000) });
    await vi.advanceTimersByTimeAsync(999);
    expect(h.ngrok.calls).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1);
    expect(first?.closed).toBe(true);
    expect(h.ngrok.calls).toHaveLength(2);
    expect(h.manager.status()).toMatchObject({
      state: 'online',
      url: 'https://two.ngrok.test',
      webhookUrl: 'https://two.ngrok.test/hook',
      startedAt: iso(T0 + 1_000),
    });
    expect(h.states()).toEqual(['starting', 'online', 'reconnecting', 'online']);
  });

  it('the reconnect asks for the same address, domain and token', async () => {
    const h = makeHarness();
    await h.manager.start({ domain: 'me.ngrok.app' });
    h.ngrok.dropSession();
    await vi.advanceTimersByTimeAsync(1_000);
    const [before, after] = h.ngrok.calls;
    expect(after).toMatchObject({ addr: before?.addr, domain: 'me.ngrok.app', authtoken: before?.authtoken });
  });

  it('failed attempts back off 1 s, 2 s, 4 s and count up', async () => {
    const h = makeHarness();
    h.ngrok.succeed().fail(undefined).fail(undefined).succeed('https://back.ngrok.test');
    await h.manager.start();
    h.ngrok.dropSession();

    await vi.advanceTimersByTimeAsync(1_000); // attempt 1 fails (network)
    expect(h.manager.status()).toEqual({
      state: 'reconnecting',
      attempt: 2,
      nextRetryAt: iso(T0 + 1_000 + 2_000),
    });

    await vi.advanceTimersByTimeAsync(2_000); // attempt 2 fails
    expect(h.manager.status()).toEqual({
      state: 'reconnecting',
      attempt: 3,
      nextRetryAt: iso(T0 + 3_000 + 4_000),
    });

    await vi.advanceTimersByTimeAsync(3_999);
    expect(h.ngrok.calls).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1); // attempt 3 succeeds
    expect(h.manager.status()).toMatchObject({ state: 'online', url: 'https://back.ngrok.test' });
    expect(h.states()).toEqual([
      'starting',
      'online',
      'reconnecting',
      'reconnecting',
      'reconnecting',
      'online',
    ]);
  });

  it('when ngrok restores the session by itself, goes back online without a new forward', async () => {
    const h = makeHarness();
    await h.manager.start();
    h.ngrok.dropSession();
    h.ngrok.restoreSession();

    expect(h.manager.status()).toMatchObject({ state: 'online', url: 'https://fake-1.ngrok.test' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.ngrok.calls).toHaveLength(1);
    expect(h.ngrok.listeners[0]?.closed).toBe(false);
  });

  it('stops retrying on an error that will not heal (revoked token) and reports it', async () => {
    const h = makeHarness();
    h.ngrok.succeed().fail('ERR_NGROK_107');
    await h.manager.start();
    h.ngrok.dropSession();
    await vi.advanceTimersByTimeAsync(1_000);

    expect(h.manager.status()).toMatchObject({ state: 'error', code: 'invalid_authtoken' });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(h.ngrok.calls).toHaveLength(2);
  });

  it('keeps retrying a session-limit answer during reconnect (ngrok may still count the dead session)', async () => {
    const h = makeHarness();
    h.ngrok.succeed().fail('ERR_NGROK_108').succeed('https://again.ngrok.test');
    await h.manager.start();
    h.ngrok.dropSession();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(h.manager.status()).toMatchObject({ state: 'reconnecting', attempt: 2 });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(h.manager.status()).toMatchObject({ state: 'online', url: 'https://again.ngrok.test' });
  });

  it('gives up after maxReconnectAttempts with the last error', async () => {
    const h = makeHarness({ maxReconnectAttempts: 2 });
    h.ngrok.succeed().fail(undefined).fail(undefined);
    await h.manager.start();
    h.ngrok.dropSession();
    await vi.advanceTimersByTimeAsync(1_000 + 2_000);

    expect(h.manager.status()).toMatchObject({ state: 'error', code: 'network_unreachable' });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(h.ngrok.calls).toHaveLength(3);
  });

  it('a reconnect attempt that hangs gives up at the start timeout and backs off again', async () => {
    const h = makeHarness();
    h.ngrok.succeed().hang();
    await h.manager.start();
    h.ngrok.dropSession();
    await vi.advanceTimersByTimeAsync(1_000 + 15_000);
    expect(h.manager.status()).toEqual({
      state: 'reconnecting',
      attempt: 2,
      nextRetryAt: iso(T0 + 16_000 + 2_000),
    });
  });

  it('stop() while reconnecting cancels the pending retry', async () => {
    const h = makeHarness();
    await h.manager.start();
    h.ngrok.dropSession();
    await h.manager.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(h.ngrok.calls).toHaveLength(1);
    expect(h.manager.status()).toEqual({ state: 'stopped' });
    expect(h.states()).toEqual(['starting', 'online', 'reconnecting', 'stopped']);
  });

  it('ignores status callbacks from a session it already replaced', async () => {
    const h = makeHarness();
    await h.manager.start();
    const old = h.ngrok.listeners[0];
    h.ngrok.dropSession();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(h.manager.status()).toMatchObject({ state: 'online', url: 'https://fake-2.ngrok.test' });

    if (!old) throw new Error('expected a first listener');
    h.ngrok.emitFor(old, 'closed');
    h.ngrok.emitFor(old, 'connected');
    expect(h.manager.status()).toMatchObject({ state: 'online', url: 'https://fake-2.ngrok.test' });
  });

  it('ignores drops after stop()', async () => {
    const h = makeHarness();
    await h.manager.start();
    const listener = h.ngrok.listeners[0];
    await h.manager.stop();
    if (!listener) throw new Error('expected a listener');
    h.ngrok.emitFor(listener, 'closed');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.manager.status()).toEqual({ state: 'stopped' });
    expect(h.ngrok.calls).toHaveLength(1);
  });
});
