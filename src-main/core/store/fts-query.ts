// Turn what a person types into a safe FTS5 query: every word becomes a quoted prefix term, so
// FTS syntax characters (quotes, parentheses, AND/OR/NEAR, colons) are searched for literally
// instead of raising "fts5: syntax error".
export function toFtsQuery(input: string): string | null {
  const words = input
    .split(/\s+/u)
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
    .slice(0, 32);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replaceAll('"', '""')}"*`).join(' ');
}
