// The life of a tunnel as the UI sees it: statuses, events and what start()/stop() resolve with.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeHarness, RECEIVER_PORT } from './harness';

describe('TunnelManager states and events', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-23T08:00:00.000Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts stopped', () => {
    const { manager } = makeHarness();
    expect(manager.status()).toEqual({ state: 'stopped' });
  });

  it('goes starting → online and resolves with the online status', async () => {
    const h = makeHarness();
    h.ngrok.succeed('https://abc.ngrok-free.app');

    const result = await h.manager.start();

    const online = {
      state: 'online',
      url: 'https://abc.ngrok-free.app',
      webhookUrl: 'https://abc.ngrok-free.app',
      domain: null,
      startedAt: '2026-11-23T08:00:00.000Z',
    };
    expect(result).toEqual(online);
    expect(h.manager.status()).toEqual(online);
    expect(h.events).toEqual([{ state: 'starting' }, online]);
  });

  it('builds the webhook URL from the path hint and reports the reserved domain', async () => {
    const h = makeHarness();
    h.ngrok.succeed('https://hooks.example.ngrok.app');

    const result = await h.manager.start({
      domain: 'https://Hooks.Example.ngrok.app/',
      pathHint: 'webhook/meta',
    });

    expect(result).toMatchObject({
      state: 'online',
      url: 'https://hooks.example.ngrok.app',
      webhookUrl: 'https://hooks.example.ngrok.app/webhook/meta',
      domain: 'hooks.example.ngrok.app',
    });
    expect(h.ngrok.lastCall.domain).toBe('hooks.example.ngrok.app');
  });

  it('does not send a domain when none is configured', async () => {
    const h = makeHarness();
    await h.manager.start();
    expect(h.ngrok.lastCall).not.toHaveProperty('domain');
    expect(h.ngrok.lastCall.proto).toBe('http');
    expect(h.ngrok.lastCall.force_new_session).toBe(true);
  });

  it('goes starting → error and resolves with the error status', async () => {
    const h = makeHarness();
    h.ngrok.fail(
      'ERR_NGROK_107',
      'authentication failed: The authtoken you specified is properly formed, but it is invalid.',
    );

    const result = await h.manager.start();

    expect(result).toMatchObject({ state: 'error', code: 'invalid_authtoken' });
    expect(h.states()).toEqual(['starting', 'error']);
  });

  it('dates each failure, so a new attempt failing the same way is a new error the UI shows again', async () => {
    const h = makeHarness();
    const failure =
      'authentication failed: The authtoken you specified is properly formed, but it is invalid.';
    h.ngrok.fail('ERR_NGROK_107', failure);
    const first = await h.manager.start();
    expect(first).toMatchObject({ state: 'error', since: '2026-11-23T08:00:00.000Z' });

    vi.advanceTimersByTime(5_000);
    h.ngrok.fail('ERR_NGROK_107', failure);
    const second = await h.manager.start();

    // Same code and message: without the time the two statuses were equal, and a UI that received
    // "starting" and the new error in one render could not tell that anything happened.
    expect(second).toMatchObject({
      state: 'error',
      code: 'invalid_authtoken',
      since: '2026-11-23T08:00:05.000Z',
    });
    expect(second).not.toEqual(first);
  });

  it('ignores the status callback while the session is still being opened', async () => {
    // The fake reports 'connected' (success) or 'closed' (failure) before forward() settles, like
    // the real module does; neither may produce a reconnecting state.
    const h = makeHarness();
    h.ngrok.fail(undefined);
    await h.manager.start();
    h.ngrok.succeed();
    await h.manager.start();
    expect(h.states()).toEqual(['starting', 'error', 'starting', 'online']);
  });

  it('stop() closes the listener and the shared ngrok session, then reports stopped', async () => {
    const h = makeHarness();
    await h.manager.start();
    const [listener] = h.ngrok.listeners;

    const result = await h.manager.stop();

    expect(result).toEqual({ state: 'stopped' });
    expect(listener?.closed).toBe(true);
    expect(h.ngrok.disconnects).toBe(1);
    expect(h.states()).toEqual(['starting', 'online', 'stopped']);
  });

  it('stop() when already stopped emits nothing', async () => {
    const h = makeHarness();
    await h.manager.stop();
    expect(h.events).toEqual([]);
  });

  it('start() while online replaces the tunnel: old one closed before the new forward', async () => {
    const h = makeHarness();
    h.ngrok.succeed('https://first.ngrok.test').succeed('https://second.ngrok.test');
    await h.manager.start();
    const first = h.ngrok.listeners[0];

    const result = await h.manager.start({ pathHint: '/hook' });

    expect(first?.closed).toBe(true);
    expect(h.ngrok.openListeners).toHaveLength(1);
    expect(result).toMatchObject({ state: 'online', webhookUrl: 'https://second.ngrok.test/hook' });
    expect(h.states()).toEqual(['starting', 'online', 'starting', 'online']);
  });

  it('a start() superseded by stop() resolves with stopped and its late listener is closed', async () => {
    const h = makeHarness();
    h.ngrok.hang();
    const starting = h.manager.start();
    await vi.advanceTimersByTimeAsync(0);
    const stopping = h.manager.stop();

    await expect(starting).resolves.toEqual({ state: 'stopped' });
    await expect(stopping).resolves.toEqual({ state: 'stopped' });

    const late = h.ngrok.releaseHung({ url: 'https://late.ngrok.test' });
    await vi.advanceTimersByTimeAsync(0);
    expect(late?.closed).toBe(true);
    expect(h.manager.status()).toEqual({ state: 'stopped' });
  });

  it('a start() superseded by another start() resolves with the newer outcome', async () => {
    const h = makeHarness();
    h.ngrok.hang().succeed('https://newer.ngrok.test');
    const first = h.manager.start();
    await vi.advanceTimersByTimeAsync(0);
    const second = h.manager.start();
    // The module is busy with the hung forward; ngrok eventually answers it.
    h.ngrok.releaseHung({ url: 'https://older.ngrok.test' });

    const [a, b] = await Promise.all([first, second]);
    expect(a).toMatchObject({ state: 'online', url: 'https://newer.ngrok.test' });
    expect(b).toEqual(a);
    expect(h.ngrok.openListeners.map((l) => l.url())).toEqual(['https://newer.ngrok.test']);
  });

  it('unsubscribe stops events; a throwing subscriber does not break the others', async () => {
    const h = makeHarness();
    const seen: string[] = [];
    h.manager.on('status', () => {
      throw new Error('subscriber bug');
    });
    const off = h.manager.on('status', (status) => seen.push(status.state));
    await h.manager.start();
    off();
    await h.manager.stop();
    expect(seen).toEqual(['starting', 'online']);
    expect(h.states()).toEqual(['starting', 'online', 'stopped']);
    expect(h.logs.some((line) => line.includes('subscriber bug'))).toBe(true);
  });

  it('statuses handed out are copies', async () => {
    const h = makeHarness();
    await h.manager.start();
    const status = h.manager.status() as { url: string };
    status.url = 'https://tampered.example';
    expect(h.manager.status()).toMatchObject({ url: 'https://fake-1.ngrok.test' });
  });

  it('rejects invalid settings with invalid_settings and never calls ngrok', async () => {
    const h = makeHarness();
    const result = await h.manager.start({ domain: 'not a domain', pathHint: '/ok' });
    expect(result).toMatchObject({ state: 'error', code: 'invalid_settings' });
    expect(h.ngrok.calls).toHaveLength(0);
  });

  it('ends in error (not a rejection) when a dependency throws', async () => {
    const h = makeHarness({
      receiverPort: () => {
        throw new Error('receiver not ready');
      },
    });
    await expect(h.manager.start()).resolves.toMatchObject({ state: 'error', code: 'unknown' });
  });

  it('refuses to forward when the receiver has no usable port', async () => {
    const h = makeHarness({ receiverPort: () => 0 });
    const result = await h.manager.start();
    expect(result).toMatchObject({ state: 'error', code: 'unknown' });
    expect(result.state === 'error' && result.message).toMatch(/not listening/);
    expect(h.ngrok.calls).toHaveLength(0);
  });

  it('loads the ngrok module through a loader once, and retries a failed load', async () => {
    const h0 = makeHarness();
    let loads = 0;
    const h = makeHarness({
      ngrok: async () => {
        loads += 1;
        if (loads === 1) throw new Error('Cannot find native binding');
        return h0.ngrok;
      },
    });
    await expect(h.manager.start()).resolves.toMatchObject({ state: 'error', code: 'unknown' });
    await expect(h.manager.start()).resolves.toMatchObject({ state: 'online' });
    await h.manager.start();
    expect(loads).toBe(2);
    expect(h0.ngrok.calls[0]?.addr).toBe(`127.0.0.1:${RECEIVER_PORT}`);
  });
});
