// Writes a pretty-printed JSON document whose one big array is produced item by item, with
// exactly the text JSON.stringify(doc, null, 2) would give for the whole document. Exports of
// 100k captures are written this way so no one string (or object tree) ever holds all of them.

const MARKER = '\u2063hookscope-array-items\u2063';

export interface JsonArrayFrame {
  /** Everything before the first item (ends with "["). */
  head: string;
  /** The array's items, one at a time: item(i, value) → text to append. */
  item(index: number, value: unknown): string;
  /** Everything after the last item, given how many were written. */
  tail(count: number): string;
}

/**
 * `build(items)` returns the document with `items` where the array goes; it is called once with a
 * marker to find where the array sits and how deep it is indented.
 */
export function jsonArrayFrame(build: (items: unknown[]) => unknown): JsonArrayFrame {
  const text = JSON.stringify(build([MARKER]), null, 2);
  const quoted = JSON.stringify(MARKER);
  const at = text.indexOf(quoted);
  const lineStart = text.lastIndexOf('\n', at);
  const indent = text.slice(lineStart + 1, at);
  const head = text.slice(0, lineStart);
  const after = text.slice(at + quoted.length);
  return {
    head,
    item: (index, value) =>
      (index > 0 ? ',\n' : '\n') + indent + JSON.stringify(value, null, 2).replace(/\n/g, '\n' + indent),
    tail: (count) => (count === 0 ? after.trimStart() : after),
  };
}
