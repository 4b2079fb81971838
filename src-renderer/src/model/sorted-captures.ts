// The list is kept sorted newest first by id (ids grow with arrival). These helpers keep that
// invariant without re-sorting 100,000 rows for every live insert.
import type { CaptureSummary } from '@shared/types';

/** Index of `id` in a list sorted by id descending, or -1. */
export function indexOfId(items: readonly CaptureSummary[], id: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const midId = items[mid]!.id;
    if (midId === id) return mid;
    if (midId > id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Merges `incoming` (any order, may overlap) into `items`. Returns the new array and how many rows
 * landed above the previous first row — the amount the list must shift its scroll position by.
 */
export function mergeNewest(
  items: readonly CaptureSummary[],
  incoming: readonly CaptureSummary[],
): { items: CaptureSummary[]; prepended: number } {
  if (incoming.length === 0) return { items: items as CaptureSummary[], prepended: 0 };
  const firstId = items[0]?.id ?? -Infinity;
  const fresh = new Map<number, CaptureSummary>();
  const updates = new Map<number, CaptureSummary>();
  for (const c of incoming) {
    if (indexOfId(items, c.id) >= 0) updates.set(c.id, c);
    else fresh.set(c.id, c);
  }
  const top = [...fresh.values()].filter((c) => c.id > firstId).sort((a, b) => b.id - a.id);
  const middle = [...fresh.values()].filter((c) => c.id <= firstId);
  let rest: CaptureSummary[] = updates.size ? items.map((c) => updates.get(c.id) ?? c) : items.slice();
  if (middle.length) rest = [...rest, ...middle].sort((a, b) => b.id - a.id);
  return { items: top.length ? top.concat(rest) : rest, prepended: top.length };
}

/** Appends an older page, dropping rows we already have (live inserts can overlap a page boundary). */
export function appendOlder(
  items: readonly CaptureSummary[],
  page: readonly CaptureSummary[],
): CaptureSummary[] {
  const lastId = items[items.length - 1]?.id ?? Infinity;
  const older = page.filter((c) => c.id < lastId);
  return older.length ? items.concat(older) : (items as CaptureSummary[]);
}

/** Replaces one row in place (an analysis update); returns the same array when the id is absent. */
export function replaceById(items: readonly CaptureSummary[], updated: CaptureSummary): CaptureSummary[] {
  const i = indexOfId(items, updated.id);
  if (i < 0) return items as CaptureSummary[];
  const next = items.slice();
  next[i] = updated;
  return next;
}
