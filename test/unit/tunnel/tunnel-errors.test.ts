// Every failure ends in `error` with a stable code and advice; the mapping is table-driven from
// ngrok's documented codes (ngrok.com/docs/errors) and the offline messages the module produces.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyNgrokError, ngrokErrorCode, tunnelError } from '../../../src-main/core/tunnel/tunnel-errors';
import { tunnelErrorCodes, type TunnelErrorCode } from '@shared/tunnel-types';
import { ngrokError, OFFLINE_MESSAGE } from '../../helpers/fake-ngrok';
import { CONTROL_PORT, makeHarness } from './harness';

const byNgrokCode: Array<[string, TunnelErrorCode]> = [
  ['ERR_NGROK_105', 'invalid_authtoken'],
  ['ERR_NGROK_106', 'invalid_authtoken'],
  ['ERR_NGROK_107', 'invalid_authtoken'],
  ['ERR_NGROK_4018', 'no_authtoken'],
  ['ERR_NGROK_108', 'session_limit'],
  ['ERR_NGROK_319', 'domain_not_reserved'],
  ['ERR_NGROK_320', 'domain_not_reserved'],
  ['ERR_NGROK_314', 'domain_not_reserved'],
  ['ERR_NGROK_9999', 'unknown'],
];

const byMessage: Array<[string, TunnelErrorCode]> = [
  [OFFLINE_MESSAGE, 'network_unreachable'],
  ['failed to connect session: could not resolve to any address', 'network_unreachable'],
  ['failed to connect session: tls handshake error', 'network_unreachable'],
  ['failed to connect session: failed to connect through proxy', 'network_unreachable'],
  ['failed to connect session: operation timed out', 'timeout'],
  ['failed to connect session: authentication failure', 'invalid_authtoken'],
  ['something nobody expected', 'unknown'],
];

describe('ngrok error classification', () => {
  it.each(byNgrokCode)('%s → %s', (code, expected) => {
    expect(classifyNgrokError(ngrokError('authentication failed: whatever ngrok says', code))).toBe(expected);
  });

  it.each(byMessage)('"%s" → %s', (message, expected) => {
    expect(classifyNgrokError(ngrokError(message))).toBe(expected);
  });

  it('reads the code from the message when errorCode is missing', () => {
    expect(ngrokErrorCode(new Error('bind failed\n\nerror_code: ERR_NGROK_320'))).toBe('ERR_NGROK_320');
    expect(ngrokErrorCode('plain string ERR_NGROK_108')).toBe('ERR_NGROK_108');
    expect(ngrokErrorCode(42)).toBeNull();
  });

  it.each(tunnelErrorCodes)('%s has a message and a fix', (code) => {
    const advice = tunnelError(code, { domain: 'me.ngrok.app', startTimeoutMs: 15_000 });
    expect(advice.code).toBe(code);
    expect(advice.message.length).toBeGreaterThan(10);
    expect(advice.fix.length).toBeGreaterThan(10);
  });

  it('the advice says where to act', () => {
    const ctx = { domain: 'me.ngrok.app', startTimeoutMs: 15_000 };
    expect(tunnelError('invalid_authtoken', ctx).fix).toContain('dashboard.ngrok.com → Your Authtoken');
    expect(tunnelError('session_limit', ctx).fix).toMatch(
      /^Free plans allow one agent session: stop the other ngrok/,
    );
    expect(tunnelError('domain_not_reserved', ctx).message).toContain('me.ngrok.app');
    expect(tunnelError('timeout', ctx).message).toContain('15 seconds');
    expect(tunnelError('unknown', ctx, ngrokError('odd', 'ERR_NGROK_9999')).fix).toContain('ERR_NGROK_9999');
  });
});

describe('TunnelManager ends every failure in error with advice', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([...byNgrokCode, ['ERR_NGROK_7117', 'domain_not_reserved'] as [string, TunnelErrorCode]])(
    'forward() failing with %s ends in %s',
    async (code, expected) => {
      const h = makeHarness();
      h.ngrok.fail(code);
      const result = await h.manager.start({ domain: 'me.ngrok.app' });
      expect(result).toMatchObject({ state: 'error', code: expected });
      if (result.state === 'error' && expected !== 'unknown') {
        expect(result.message).toContain(code);
      }
    },
  );

  it('network failure → network_unreachable with ngrok’s wording', async () => {
    const h = makeHarness();
    h.ngrok.fail(undefined, OFFLINE_MESSAGE);
    const result = await h.manager.start();
    expect(result).toMatchObject({ state: 'error', code: 'network_unreachable' });
    expect(result.state === 'error' && result.message).toContain('failed to establish tcp connection');
  });

  it('no authtoken given or stored → no_authtoken without calling ngrok', async () => {
    const h = makeHarness();
    h.stored.token = null;
    const result = await h.manager.start();
    expect(result).toMatchObject({ state: 'error', code: 'no_authtoken' });
    expect(result.state === 'error' && result.fix).toContain('dashboard.ngrok.com');
    expect(h.ngrok.calls).toHaveLength(0);
  });

  it('a blank stored authtoken counts as none', async () => {
    const h = makeHarness();
    h.stored.token = '   ';
    await expect(h.manager.start()).resolves.toMatchObject({ state: 'error', code: 'no_authtoken' });
  });

  it('receiver on the control-API port → forbidden_port without calling ngrok', async () => {
    const h = makeHarness({ receiverPort: () => CONTROL_PORT });
    const result = await h.manager.start();
    expect(result).toMatchObject({ state: 'error', code: 'forbidden_port' });
    expect(h.ngrok.calls).toHaveLength(0);
  });

  it('a listener without a URL is closed and reported', async () => {
    const h = makeHarness();
    h.ngrok.succeed('');
    const urlless = { url: () => null, close: vi.fn(async () => {}) };
    const forward = h.ngrok.forward.bind(h.ngrok);
    h.ngrok.forward = async (options) => {
      await forward(options);
      return urlless;
    };
    const result = await h.manager.start();
    expect(result).toMatchObject({ state: 'error', code: 'unknown' });
    expect(urlless.close).toHaveBeenCalled();
  });
});
