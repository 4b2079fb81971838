// Cheap looks at a raw request for receiver handshakes, which run on the receiver's event loop
// before anything is parsed: a header lookup and a bounded byte search come before any JSON.parse.

export function headerOf(headers: readonly [string, string][], lowerName: string): string | null {
  for (const [name, value] of headers) {
    if (name.length === lowerName.length && name.toLowerCase() === lowerName) return value;
  }
  return null;
}

/** JSON.parse of a small body that contains `marker`; undefined otherwise (or when it is not JSON). */
export function smallJsonWith(body: Buffer, marker: string, maxBytes = 8192): unknown {
  if (body.length > maxBytes || !body.includes(marker)) return undefined;
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
