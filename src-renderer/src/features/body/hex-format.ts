// One hex-dump row: `00000010  7b 22 61 22 3a 31 7d 0a  …  |{"a":1}.|`, 16 bytes per row.
export const bytesPerRow = 16;

const hexByte: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function hexOffset(offset: number, digits = 8): string {
  return offset.toString(16).padStart(digits, '0');
}

/** Hex column for one row; missing bytes on the last row become spaces so columns stay aligned. */
export function hexColumn(bytes: Uint8Array, start: number): string {
  let out = '';
  for (let i = 0; i < bytesPerRow; i++) {
    const at = start + i;
    out += at < bytes.length ? hexByte[bytes[at]!] : '  ';
    if (i < bytesPerRow - 1) out += i === 7 ? '  ' : ' ';
  }
  return out;
}

/** Printable ASCII as itself, everything else as a dot: never lets a control byte reach the DOM. */
export function asciiColumn(bytes: Uint8Array, start: number): string {
  let out = '';
  const end = Math.min(bytes.length, start + bytesPerRow);
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    out += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.';
  }
  return out;
}
