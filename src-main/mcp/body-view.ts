// How bytes are shown to an agent: UTF-8 text when the bytes are valid UTF-8 (what it can read),
// base64 otherwise (never a lossy decode), cut at a byte limit the agent chooses.
export interface BodyView {
  size: number;
  encoding: 'utf8' | 'base64';
  /** The first `shownBytes` bytes, as text or base64. */
  content: string;
  shownBytes: number;
  /** Bytes left out because of the limit (ask again with a larger maxBodyBytes). */
  omittedBytes: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Buffer): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function bodyView(bytes: Buffer, maxBytes: number): BodyView {
  let shown = bytes.subarray(0, maxBytes);
  // Do not cut a multi-byte character in half: back up to the start of the last character.
  if (shown.length < bytes.length) {
    let end = shown.length;
    while (end > 0 && end > shown.length - 4 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
    shown = bytes.subarray(0, end);
  }
  const text = isUtf8(shown);
  return {
    size: bytes.length,
    encoding: text ? 'utf8' : 'base64',
    content: text ? shown.toString('utf8') : shown.toString('base64'),
    shownBytes: shown.length,
    omittedBytes: bytes.length - shown.length,
  };
}
