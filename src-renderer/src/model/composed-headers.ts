// The Compose header editor over a composition that changes under it: every edit of the body is
// recomposed by the core, which recomputes the signature (and Content-Length-like fields). Headers
// the user did not touch follow the new composition; rows the user changed or added stay as typed
// and are sent as overrides.
import type { HeaderPair } from '@shared/types';
import { newHeaderRow, type HeaderRow } from './header-rows';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Rows for a new composition: its headers in order, with the user's edited rows in place of the
 * header of the same name, then the user's added rows. Row keys are kept per name so a field being
 * typed into keeps its focus.
 */
export function mergeComposedHeaders(
  rows: readonly HeaderRow[],
  composed: readonly HeaderPair[],
  edited: ReadonlySet<number>,
): HeaderRow[] {
  const editedRows = rows.filter((r) => edited.has(r.key));
  const used = new Set<number>();
  const out: HeaderRow[] = composed.map(([name, value]) => {
    const mine = editedRows.find((r) => !used.has(r.key) && same(r.name, name));
    if (mine) {
      used.add(mine.key);
      return mine;
    }
    const previous = rows.find((r) => !used.has(r.key) && !edited.has(r.key) && same(r.name, name));
    if (previous) used.add(previous.key);
    return { ...(previous ?? newHeaderRow()), name, value };
  });
  for (const r of editedRows) if (!used.has(r.key)) out.push(r);
  return out;
}

/** Keys of rows the user changed or added in this edit, added to those edited before. */
export function editedKeys(
  before: readonly HeaderRow[],
  after: readonly HeaderRow[],
  edited: ReadonlySet<number>,
): Set<number> {
  const next = new Set(edited);
  for (const row of after) {
    const old = before.find((r) => r.key === row.key);
    if (!old || old.name !== row.name || old.value !== row.value) next.add(row.key);
  }
  return next;
}

/** The user's header edits as overrides (replace by name, or add). */
export function headerOverrides(rows: readonly HeaderRow[], edited: ReadonlySet<number>): [string, string][] {
  return rows
    .filter((r) => edited.has(r.key) && r.name.trim() !== '')
    .map((r): [string, string] => [r.name.trim(), r.value]);
}
