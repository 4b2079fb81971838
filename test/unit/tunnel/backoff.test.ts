import { describe, expect, it } from 'vitest';
import { exponentialBackoff } from '../../../src-main/core/tunnel/backoff';

describe('exponentialBackoff', () => {
  it('doubles from the initial delay up to the cap', () => {
    const backoff = exponentialBackoff({ initialMs: 1_000, maxMs: 10_000, jitter: 0 });
    expect([1, 2, 3, 4, 5, 6].map(backoff)).toEqual([1_000, 2_000, 4_000, 8_000, 10_000, 10_000]);
  });

  it('defaults to 2 s doubling to 60 s', () => {
    const backoff = exponentialBackoff({ jitter: 0 });
    expect([1, 2, 6, 7, 50].map(backoff)).toEqual([2_000, 4_000, 60_000, 60_000, 60_000]);
  });

  it('spreads by the jitter fraction either way, never past the cap', () => {
    const low = exponentialBackoff({ initialMs: 1_000, maxMs: 1_000, jitter: 0.2, random: () => 0 });
    const high = exponentialBackoff({ initialMs: 1_000, maxMs: 1_000, jitter: 0.2, random: () => 0.999_999 });
    const mid = exponentialBackoff({ initialMs: 1_000, maxMs: 5_000, jitter: 0.2, random: () => 1 });
    expect(low(1)).toBe(800);
    expect(high(1)).toBe(1_000);
    expect(mid(1)).toBe(1_200);
  });
});
