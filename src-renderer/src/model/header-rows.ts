// A header list as a form edits it: rows with a stable key (React keeps focus in the row being typed
// into while names change), turned back into the ordered pairs the API takes.
import type { HeaderPair } from '@shared/types';

export interface HeaderRow {
  key: number;
  name: string;
  value: string;
}

// Rows read from a list are keyed by position, so the same list always gives the same rows (a form
// compares what is typed with what is saved by content); rows added while editing take keys from a
// range positions never reach.
let nextKey = 1_000_000;

export function headerRows(pairs: readonly HeaderPair[]): HeaderRow[] {
  return pairs.map(([name, value], key) => ({ key, name, value }));
}

export function newHeaderRow(): HeaderRow {
  return { key: nextKey++, name: '', value: '' };
}

/** The rows as pairs, in order; a row without a name is an unfinished row, not a header. */
export function rowsToPairs(rows: readonly HeaderRow[]): [string, string][] {
  return rows.filter((r) => r.name.trim() !== '').map((r) => [r.name.trim(), r.value]);
}

export function samePairs(a: readonly HeaderPair[], b: readonly HeaderPair[]): boolean {
  return a.length === b.length && a.every(([n, v], i) => b[i]![0] === n && b[i]![1] === v);
}
