// The received-vs-computed comparison in the Signature tab: which received text is lined up under
// the computed digest, and exactly which characters differ.
import { describe, expect, it } from 'vitest';
import { comparableReceived, diffDigests } from '../../../src-renderer/src/model/digest-diff';

describe('diffDigests', () => {
  it('splits both sides into same/different runs by position and counts the differences', () => {
    const diff = diffDigests('abcdef', 'abXdeY');
    expect(diff.received).toEqual([
      { text: 'ab', same: true },
      { text: 'c', same: false },
      { text: 'de', same: true },
      { text: 'f', same: false },
    ]);
    expect(diff.computed.map((r) => r.text).join('')).toBe('abXdeY');
    expect(diff).toMatchObject({ differing: 2, length: 6, identical: false, equalIgnoringCase: false });
  });

  it('counts positions present on one side only, and compares by code point', () => {
    const diff = diffDigests('a😀', 'a😀bc');
    expect(diff).toMatchObject({ differing: 2, length: 4 });
    expect(diff.computed).toEqual([
      { text: 'a😀', same: true },
      { text: 'bc', same: false },
    ]);
  });

  it('says when only the case differs (an uppercase-hex sender)', () => {
    expect(diffDigests('ABCDEF', 'abcdef')).toMatchObject({ identical: false, equalIgnoringCase: true });
    expect(diffDigests('abc', 'abc')).toMatchObject({ identical: true, differing: 0 });
  });
});

describe('comparableReceived', () => {
  const entry = (version: string, value: string, over = {}) => ({
    version,
    value,
    matched: false,
    supported: true,
    ...over,
  });

  it('is the whole header when nothing was computed or no entries were parsed', () => {
    expect(comparableReceived({ received: 't=1,v1=abc', computed: null, entries: [] as never })).toBe(
      't=1,v1=abc',
    );
    expect(comparableReceived({ received: null, computed: 'x', entries: [] as never })).toBeNull();
  });

  it('picks the entry rendered the way the computed digest is (Stripe t=…,v1=…)', () => {
    const report = {
      received: 't=1700000000,v1=aaaa1111,v0=ffff',
      computed: 'v1=aaaa2222',
      entries: [entry('t', '1700000000', { supported: false }), entry('v1', 'aaaa1111'), entry('v0', 'ffff')],
    };
    expect(comparableReceived(report as never)).toBe('v1=aaaa1111');
  });

  it('prefers the matched entry among rotated signatures', () => {
    const report = {
      received: 'v1,AAAA v1,BBBB',
      computed: 'v1,BBBB',
      entries: [entry('v1', 'AAAA'), entry('v1', 'BBBB', { matched: true })],
    };
    expect(comparableReceived(report as never)).toBe('v1,BBBB');
  });
});
