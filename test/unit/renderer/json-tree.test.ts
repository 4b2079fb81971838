// The JSON tree model: a parsed body plus the expanded paths flatten to rows the view windows;
// big containers start collapsed; copy paths read like JavaScript; big integers keep their digits.
import { describe, expect, it } from 'vitest';
import {
  accessPath,
  childId,
  defaultExpanded,
  expandSubtree,
  flattenTree,
  isContainer,
  rootId,
} from '../../../src-renderer/src/model/json-tree';
import { looksLikeJson, parseJson, rawNumberText } from '../../../src-renderer/src/model/json-parse';

const body = { entry: [{ id: 1, changes: [{ value: { 'x-y': true } }] }], empty: {}, n: null };

describe('flattenTree', () => {
  it('walks only expanded containers and closes each one it opened', () => {
    const rows = flattenTree(body, new Set([rootId]));
    expect(rows.map((r) => [r.kind, r.name, r.depth])).toEqual([
      ['open', null, 0],
      ['collapsed', 'entry', 1],
      ['collapsed', 'empty', 1],
      ['leaf', 'n', 1],
      ['close', null, 0],
    ]);
    expect(rows[1]).toMatchObject({ container: 'array', size: 1 });
  });

  it('a collapsed root is one row; a scalar root is one leaf', () => {
    expect(flattenTree(body, new Set())).toHaveLength(1);
    expect(flattenTree(42, new Set())).toEqual([
      { id: rootId, depth: 0, name: null, kind: 'leaf', value: 42 },
    ]);
  });
});

describe('expansion', () => {
  it('opens small containers near the top and leaves big arrays collapsed', () => {
    const big = { small: { a: 1 }, big: Array.from({ length: 500 }, (_, i) => ({ i })) };
    const expanded = defaultExpanded(big);
    expect(expanded.has(rootId)).toBe(true);
    expect(expanded.has(childId(rootId, 'small'))).toBe(true);
    expect(expanded.has(childId(rootId, 'big'))).toBe(false);
    expect(flattenTree(big, expanded).length).toBeLessThan(20);
  });

  it('stops at the row budget and never expands a scalar', () => {
    const wide = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, { a: 1, b: 2, c: 3 }]));
    expect(defaultExpanded(wide, 60).size).toBeLessThan(51);
    expect(defaultExpanded('text').size).toBe(0);
  });

  it('"expand all" under a node is bounded', () => {
    const into = new Set<string>();
    expandSubtree(body, rootId, into);
    expect(into).toEqual(
      new Set([
        rootId,
        '$."entry"',
        '$."entry"[0]',
        '$."entry"[0]."changes"',
        '$."entry"[0]."changes"[0]',
        '$."entry"[0]."changes"[0]."value"',
        '$."empty"',
      ]),
    );
    const capped = new Set<string>();
    expandSubtree({ a: Array.from({ length: 100 }, () => ({ b: 1 })) }, rootId, capped, 10);
    expect(capped.size).toBeLessThan(5);
  });
});

describe('copy paths', () => {
  it('read like JavaScript, quoting keys that are not identifiers', () => {
    const id = childId(childId(childId(childId(childId(rootId, 'entry'), 0), 'changes'), 0), 'value');
    expect(accessPath(childId(id, 'x-y'))).toBe('entry[0].changes[0].value["x-y"]');
    expect(accessPath(rootId)).toBe('');
  });
});

describe('parseJson', () => {
  it('parses, or says why not', () => {
    expect(parseJson('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJson('{"a":')).toMatchObject({ ok: false });
  });

  it('keeps integers beyond 2^53 exact', () => {
    const parsed = parseJson('{"id":12345678901234567890}');
    expect(parsed.ok).toBe(true);
    const id = (parsed as { value: { id: unknown } }).value.id;
    // Node >= 22 and Chromium have JSON.rawJSON: the digits survive, and the value is a leaf.
    expect(rawNumberText(id)).toBe('12345678901234567890');
    expect(isContainer(id)).toBe(false);
  });

  it('sniffs JSON by content type or by the first character', () => {
    expect(looksLikeJson('x', 'application/vnd.api+json')).toBe(true);
    expect(looksLikeJson('  [1]', null)).toBe(true);
    expect(looksLikeJson('a=1', 'application/x-www-form-urlencoded')).toBe(false);
  });
});
