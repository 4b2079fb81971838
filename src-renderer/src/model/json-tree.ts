// Turns a parsed JSON value plus a set of expanded paths into a flat list of rows, so the tree view
// can be windowed like any other list. Only expanded containers are walked: a 10 MB body with its
// big arrays collapsed flattens to a few hundred rows.
import { rawNumberText } from './json-parse';

export type ContainerKind = 'object' | 'array';

export interface TreeRow {
  /** Stable identity of the node (used for the expanded set); close rows get a suffix. */
  id: string;
  depth: number;
  /** Property name, array index, or null for the root. */
  name: string | number | null;
  kind: 'leaf' | 'open' | 'collapsed' | 'close';
  container?: ContainerKind;
  /** Number of children for containers. */
  size?: number;
  value: unknown;
}

export function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null && rawNumberText(value) === null;
}

function childEntries(value: Record<string, unknown> | unknown[]): [string | number, unknown][] {
  if (Array.isArray(value)) return value.map((v, i) => [i, v]);
  return Object.keys(value).map((k) => [k, value[k]]);
}

function sizeOf(value: Record<string, unknown> | unknown[]): number {
  return Array.isArray(value) ? value.length : Object.keys(value).length;
}

export function childId(parentId: string, name: string | number): string {
  return typeof name === 'number' ? `${parentId}[${name}]` : `${parentId}.${JSON.stringify(name)}`;
}

export const rootId = '$';

export function flattenTree(root: unknown, expanded: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const visit = (value: unknown, name: string | number | null, id: string, depth: number) => {
    if (!isContainer(value)) {
      rows.push({ id, depth, name, kind: 'leaf', value });
      return;
    }
    const container: ContainerKind = Array.isArray(value) ? 'array' : 'object';
    const size = sizeOf(value);
    if (size === 0 || !expanded.has(id)) {
      rows.push({ id, depth, name, kind: 'collapsed', container, size, value });
      return;
    }
    rows.push({ id, depth, name, kind: 'open', container, size, value });
    for (const [childName, child] of childEntries(value))
      visit(child, childName, childId(id, childName), depth + 1);
    rows.push({ id: `${id}#close`, depth, name: null, kind: 'close', container, value });
  };
  visit(root, null, rootId, 0);
  return rows;
}

/**
 * The default view: open the root and, breadth first, small containers near the top, until a row
 * budget is spent. Big arrays and deep nests start collapsed — that is what keeps 10 MB instant.
 */
export function defaultExpanded(root: unknown, budget = 400, maxDepth = 16, maxChildren = 60): Set<string> {
  const expanded = new Set<string>();
  if (!isContainer(root)) return expanded;
  const queue: { value: Record<string, unknown> | unknown[]; id: string; depth: number }[] = [
    { value: root, id: rootId, depth: 0 },
  ];
  let rows = 1;
  while (queue.length) {
    const { value, id, depth } = queue.shift()!;
    const size = sizeOf(value);
    if (id !== rootId && (size > maxChildren || depth > maxDepth || rows + size > budget)) continue;
    expanded.add(id);
    rows += size + 1;
    for (const [name, child] of childEntries(value)) {
      if (isContainer(child)) queue.push({ value: child, id: childId(id, name), depth: depth + 1 });
    }
  }
  return expanded;
}

/** Every container under `id` (inclusive), bounded so "expand all" cannot hang on a huge body. */
export function expandSubtree(
  value: unknown,
  id: string,
  into: Set<string>,
  limit = 20_000,
  maxDepth = 64,
): void {
  let count = 0;
  const walk = (v: unknown, vid: string, depth: number) => {
    if (!isContainer(v) || count >= limit || depth > maxDepth) return;
    into.add(vid);
    count += sizeOf(v);
    for (const [name, child] of childEntries(v)) walk(child, childId(vid, name), depth + 1);
  };
  walk(value, id, 0);
}

/** A JavaScript-style access path for copying: `entry[0].changes[0].value["x-y"]`. */
export function accessPath(id: string): string {
  return id
    .replace(/^\$/, '')
    .replace(/\."((?:[^"\\]|\\.)*)"/g, (_m, raw: string) => {
      const key = JSON.parse(`"${raw}"`) as string;
      return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    })
    .replace(/^\./, '');
}
