// POSIX shell single-quoting: the only safe way to paste arbitrary text into a terminal command.
export function shellQuote(value: string): string {
  if (/^[\w@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'"'"'`)}'`;
}
