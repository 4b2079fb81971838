// What may go public and what must never leak: only 127.0.0.1:<receiverPort> is forwarded, the
// control API is refused, and the authtoken appears in no log line, status, event or error.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTROL_PORT, makeHarness, RECEIVER_PORT, TOKEN, type Harness } from './harness';

function everythingEmitted(h: Harness): string {
  return JSON.stringify({ events: h.events, status: h.manager.status(), logs: h.logs });
}

describe('TunnelManager forwards the receiver only', () => {
  it('forwards exactly 127.0.0.1:<receiverPort>', async () => {
    const h = makeHarness();
    await h.manager.start();
    expect(h.ngrok.lastCall.addr).toBe(`127.0.0.1:${RECEIVER_PORT}`);
  });

  it('reads the receiver port at each start', async () => {
    let port = 40_001;
    const h = makeHarness({ receiverPort: () => port });
    await h.manager.start();
    port = 40_002;
    await h.manager.start();
    expect(h.ngrok.calls.map((call) => call.addr)).toEqual(['127.0.0.1:40001', '127.0.0.1:40002']);
  });

  it('refuses the control-API port and forwards nothing', async () => {
    const h = makeHarness({ receiverPort: () => CONTROL_PORT });
    await expect(h.manager.start()).resolves.toMatchObject({ state: 'error', code: 'forbidden_port' });
    expect(h.ngrok.calls).toEqual([]);
  });

  it('forwards no option that could widen what is exposed', async () => {
    const h = makeHarness();
    await h.manager.start({ domain: 'me.ngrok.app' });
    expect(Object.keys(h.ngrok.lastCall).sort()).toEqual(
      ['addr', 'authtoken', 'domain', 'force_new_session', 'onStatusChange', 'proto'].sort(),
    );
  });
});

describe('TunnelManager keeps the authtoken secret', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a token passed to start() is saved, used, and appears nowhere in what is emitted', async () => {
    const h = makeHarness();
    h.stored.token = null;
    const given = 'given_Token_ABCDEFGHIJKLMNOPQRSTUVWXYZ_987654321';
    await h.manager.start({ authtoken: given });

    expect(h.saved).toEqual([given]);
    expect(h.ngrok.lastCall.authtoken).toBe(given);
    expect(everythingEmitted(h)).not.toContain(given);
  });

  it('the stored token is used when none is given', async () => {
    const h = makeHarness();
    await h.manager.start();
    expect(h.ngrok.lastCall.authtoken).toBe(TOKEN);
    expect(h.saved).toEqual([]);
  });

  it('redacts the token when ngrok echoes it in an error (ERR_NGROK_105)', async () => {
    const h = makeHarness();
    h.ngrok.fail(
      'ERR_NGROK_105',
      `authentication failed: The authtoken you specified does not look like a proper ngrok authtoken.\nYour authtoken: ${TOKEN}`,
    );
    const result = await h.manager.start();
    expect(result).toMatchObject({ state: 'error', code: 'invalid_authtoken' });
    expect(h.logs.join('\n')).toContain('[redacted]');
    expect(everythingEmitted(h)).not.toContain(TOKEN);
  });

  it('redacts the token from unmapped errors that quote it', async () => {
    const h = makeHarness();
    h.ngrok.fail(undefined, `weird failure for token ${TOKEN} (tail ${TOKEN.slice(0, 10)})`);
    const result = await h.manager.start();
    expect(result).toMatchObject({ state: 'error', code: 'unknown' });
    expect(everythingEmitted(h)).not.toContain(TOKEN);
  });

  it('redacts a labelled token it was never told about', async () => {
    const h = makeHarness();
    h.ngrok.fail(undefined, 'session rejected, authtoken: someOtherOldTokenValue123');
    await h.manager.start();
    expect(everythingEmitted(h)).not.toContain('someOtherOldTokenValue123');
  });

  it('a failing secret store is logged without the token and the tunnel still starts', async () => {
    const h = makeHarness({
      saveAuthtoken: (token) => {
        throw new Error(`keychain refused to store ${token}`);
      },
    });
    const result = await h.manager.start({ authtoken: TOKEN });
    expect(result).toMatchObject({ state: 'online' });
    expect(h.logs.some((line) => line.includes('could not store'))).toBe(true);
    expect(everythingEmitted(h)).not.toContain(TOKEN);
  });

  it('the token stays out of the log through drops, reconnects, timeouts and stop', async () => {
    const h = makeHarness();
    h.ngrok.succeed().fail('ERR_NGROK_108', `limit reached for ${TOKEN}`).hang();
    await h.manager.start({ authtoken: TOKEN, domain: 'me.ngrok.app', pathHint: '/x' });
    h.ngrok.dropSession();
    await vi.advanceTimersByTimeAsync(1_000 + 2_000 + 15_000);
    await h.manager.stop();
    expect(h.logs.length).toBeGreaterThan(4);
    expect(everythingEmitted(h)).not.toContain(TOKEN);
  });

  it('never puts the token into process.env (where child processes would inherit it)', async () => {
    const h = makeHarness();
    await h.manager.start({ authtoken: TOKEN });
    expect(Object.values(process.env)).not.toContain(TOKEN);
    expect(h.ngrok.lastCall).not.toHaveProperty('authtoken_from_env');
  });

  it('does not expose the token through the manager object itself', async () => {
    const h = makeHarness();
    await h.manager.start({ authtoken: TOKEN });
    expect(JSON.stringify(h.manager)).not.toContain(TOKEN);
    expect(Object.values(h.manager).map(String).join()).not.toContain(TOKEN);
  });
});
