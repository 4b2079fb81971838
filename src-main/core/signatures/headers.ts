// Case-insensitive header access that keeps duplicates and the received spelling: the report shows
// the header name as it arrived, and diagnosis needs every copy of a duplicated signature header.

export interface HeaderView {
  /** First value of a header (case-insensitive), or null. */
  get(name: string): string | null;
  /** Every value of a header in received order. */
  all(name: string): string[];
  /** The name as received (first occurrence), or null. */
  nameOf(name: string): string | null;
  has(name: string): boolean;
  pairs: readonly [string, string][];
}

export function headerView(pairs: readonly [string, string][]): HeaderView {
  const index = new Map<string, { name: string; values: string[] }>();
  for (const [name, value] of pairs) {
    const key = name.toLowerCase();
    const slot = index.get(key);
    if (slot) slot.values.push(value);
    else index.set(key, { name, values: [value] });
  }
  return {
    get: (name) => index.get(name.toLowerCase())?.values[0] ?? null,
    all: (name) => index.get(name.toLowerCase())?.values ?? [],
    nameOf: (name) => index.get(name.toLowerCase())?.name ?? null,
    has: (name) => index.has(name.toLowerCase()),
    pairs,
  };
}

/** Copy of `pairs` with every occurrence of `name` replaced by a single `value`. */
export function withHeader(
  pairs: readonly [string, string][],
  name: string,
  value: string,
): [string, string][] {
  const lower = name.toLowerCase();
  const out: [string, string][] = [];
  let done = false;
  for (const [n, v] of pairs) {
    if (n.toLowerCase() !== lower) out.push([n, v]);
    else if (!done) {
      out.push([n, value]);
      done = true;
    }
  }
  if (!done) out.push([name, value]);
  return out;
}
