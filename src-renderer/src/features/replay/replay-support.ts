// Small shared pieces of the replay UI: the last URL typed for a replay and the header-list
// editor's row model. (Which providers can be re-signed comes from listProviders.)
import type { HeaderPair } from '@shared/types';

const lastUrlKey = 'hookscope.replay.lastUrl';

export function lastReplayUrl(): string {
  try {
    return localStorage.getItem(lastUrlKey) ?? '';
  } catch {
    return '';
  }
}

export function rememberReplayUrl(url: string): void {
  try {
    localStorage.setItem(lastUrlKey, url);
  } catch {
    // Storage unavailable (private mode): the prompt simply starts empty next time.
  }
}

export interface HeaderRow {
  key: number;
  name: string;
  value: string;
}

let nextKey = 1;
export function headerRows(pairs: readonly HeaderPair[]): HeaderRow[] {
  return pairs.map(([name, value]) => ({ key: nextKey++, name, value }));
}
export function newHeaderRow(): HeaderRow {
  return { key: nextKey++, name: '', value: '' };
}
export function rowsToPairs(rows: readonly HeaderRow[]): [string, string][] {
  return rows.filter((r) => r.name.trim() !== '').map((r) => [r.name.trim(), r.value]);
}

export function samePairs(a: readonly HeaderPair[], b: readonly HeaderPair[]): boolean {
  return a.length === b.length && a.every(([n, v], i) => b[i]![0] === n && b[i]![1] === v);
}
