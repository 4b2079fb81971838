import { describe, expect, it } from 'vitest';
import { bearerToken, isAllowedHost, isAllowedOrigin, tokensEqual } from '../../../src-main/headless/guards';

describe('control API guards', () => {
  it.each([
    ['127.0.0.1:4040', true],
    ['localhost:4040', true],
    ['LOCALHOST:4040', true],
    ['[::1]:4040', true],
    ['127.0.0.1:4041', false],
    ['127.0.0.1', false],
    ['evil.example:4040', false],
    ['localhost.evil.example:4040', false],
    ['0.0.0.0:4040', false],
    [undefined, false],
  ])('Host %s allowed: %s', (host, allowed) => {
    expect(isAllowedHost(host, 4040)).toBe(allowed);
  });

  it.each([
    [undefined, true],
    ['http://127.0.0.1:4040', true],
    ['http://localhost:4040', true],
    ['https://127.0.0.1:4040', false],
    ['http://127.0.0.1:8787', false],
    ['null', false],
    ['https://evil.example', false],
  ])('Origin %s allowed: %s', (origin, allowed) => {
    expect(isAllowedOrigin(origin, 4040)).toBe(allowed);
  });

  it('reads bearer tokens and compares them exactly', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
    expect(tokensEqual('abc', 'abc')).toBe(true);
    expect(tokensEqual('abd', 'abc')).toBe(false);
    expect(tokensEqual('abcd', 'abc')).toBe(false);
    expect(tokensEqual(null, 'abc')).toBe(false);
  });
});
