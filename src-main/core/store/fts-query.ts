// Turn what a person types into a safe FTS5 query: every word becomes a quoted prefix term, so
// FTS syntax characters (quotes, parentheses, AND/OR/NEAR, colons) are searched for literally
// instead of raising "fts5: syntax error".
export function toFtsQuery(input: string): string | null {
  // Control characters (NUL…) can't be part of an indexed word; as separators they are harmless.
  const words = input
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/gu, ' ')
    .split(/\s+/u)
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
    .slice(0, 32);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replaceAll('"', '""')}"*`).join(' ');
}
