// Case-insensitive header lookup over the received [name, value] list (first value wins).
export type HeaderLookup = (name: string) => string | null;

export function headerLookup(headers: [string, string][]): HeaderLookup {
  const index = new Map<string, string>();
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    if (!index.has(key)) index.set(key, value);
  }
  return (name) => index.get(name.toLowerCase()) ?? null;
}
