// Compose's header editor over recompositions: untouched headers (the signature) take the new
// values, the user's edits and additions stay, and only those are sent as overrides.
import { describe, expect, it } from 'vitest';
import {
  editedKeys,
  headerOverrides,
  mergeComposedHeaders,
} from '../../../src-renderer/src/model/composed-headers';
import { headerRows } from '../../../src-renderer/src/model/header-rows';

describe('Compose headers', () => {
  const first = headerRows([
    ['Content-Type', 'application/json'],
    ['X-Hub-Signature-256', 'sha256=old'],
  ]);

  it('a recomposition replaces untouched values and keeps each row (and its focus) by name', () => {
    const next = mergeComposedHeaders(
      first,
      [
        ['Content-Type', 'application/json'],
        ['X-Hub-Signature-256', 'sha256=new'],
      ],
      new Set(),
    );
    expect(next.map((r) => [r.name, r.value])).toEqual([
      ['Content-Type', 'application/json'],
      ['X-Hub-Signature-256', 'sha256=new'],
    ]);
    expect(next.map((r) => r.key)).toEqual(first.map((r) => r.key));
  });

  it('edited and added rows stay as typed and are the only overrides', () => {
    const typed = [
      { ...first[0]!, value: 'application/json; charset=utf-8' },
      first[1]!,
      { key: 9_999, name: 'X-Trace', value: 'abc' },
    ];
    const edited = editedKeys(first, typed, new Set());
    expect(headerOverrides(typed, edited)).toEqual([
      ['Content-Type', 'application/json; charset=utf-8'],
      ['X-Trace', 'abc'],
    ]);
    const next = mergeComposedHeaders(
      typed,
      [
        ['Content-Type', 'application/json; charset=utf-8'],
        ['X-Hub-Signature-256', 'sha256=recomputed'],
      ],
      edited,
    );
    expect(next.map((r) => [r.name, r.value])).toEqual([
      ['Content-Type', 'application/json; charset=utf-8'],
      ['X-Hub-Signature-256', 'sha256=recomputed'],
      ['X-Trace', 'abc'],
    ]);
  });
});
