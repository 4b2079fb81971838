// The contract schemas: what a front end may send to start a tunnel and what is remembered.
import { describe, expect, it } from 'vitest';
import { defaultTunnelSettings, startTunnelInput, tunnelSettings } from '@shared/tunnel-types';

describe('startTunnelInput', () => {
  it('accepts nothing at all (stored token, random URL)', () => {
    expect(startTunnelInput.parse({})).toEqual({});
  });

  it('normalises a pasted domain URL and a path without its slash', () => {
    expect(
      startTunnelInput.parse({
        authtoken: '  tok_123  ',
        domain: ' https://My-Name.ngrok-free.app/ ',
        pathHint: 'webhook',
      }),
    ).toEqual({ authtoken: 'tok_123', domain: 'my-name.ngrok-free.app', pathHint: '/webhook' });
  });

  it.each([
    [{ domain: 'no spaces.ngrok.app' }],
    [{ domain: 'localhost' }],
    [{ domain: '-bad.ngrok.app' }],
    [{ domain: '' }],
    [{ pathHint: '/with space' }],
    [{ pathHint: '/frag#ment' }],
    [{ authtoken: '' }],
    [{ authtoken: 'two words' }],
    [{ authtoken: 'x'.repeat(513) }],
    [{ port: 8080 }],
  ])('rejects %j', (input) => {
    expect(startTunnelInput.safeParse(input).success).toBe(false);
  });

  it('does not echo a rejected authtoken in its error', () => {
    const result = startTunnelInput.safeParse({ authtoken: 'leaky secret value' });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).not.toContain('leaky secret value');
  });
});

describe('tunnelSettings', () => {
  it('accepts the defaults and a full set', () => {
    expect(tunnelSettings.parse(defaultTunnelSettings)).toEqual(defaultTunnelSettings);
    expect(tunnelSettings.parse({ domain: 'me.ngrok.app', pathHint: '/hook', startOnLaunch: true })).toEqual({
      domain: 'me.ngrok.app',
      pathHint: '/hook',
      startOnLaunch: true,
    });
  });

  it('has no place for the authtoken', () => {
    expect(tunnelSettings.safeParse({ ...defaultTunnelSettings, authtoken: 'x' }).success).toBe(false);
  });
});
