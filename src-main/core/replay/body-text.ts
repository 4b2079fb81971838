// When may a body travel as text? Only when decoding it as UTF-8 and encoding it again gives back
// the same bytes. A BOM is kept (ignoreBOM) because signatures cover it.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function exactUtf8Text(bytes: Buffer): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Text a person can read in a terminal: UTF-8 without control characters other than tab and newlines. */
export function isPlainText(bytes: Buffer): boolean {
  for (const b of bytes) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
    if (b === 0x7f) return false;
  }
  return exactUtf8Text(bytes) !== null;
}
