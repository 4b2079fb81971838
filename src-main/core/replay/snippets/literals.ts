// String and byte literals per language, for the body of a snippet. Each keeps every character as
// data: no interpolation ($, #{}, \( …) and no escape the language would read differently.

/** A double-quoted C-family literal (JS, Java, C#, Go, Python, C, Swift, Rust): JSON's escaping is valid in all of them for text without control characters other than tab and newline. */
export const doubleQuoted = (text: string): string => JSON.stringify(text);

/** Kotlin: as doubleQuoted, plus `$` (string templates). */
export const kotlinQuoted = (text: string): string => JSON.stringify(text).replace(/\$/g, '\\$');

/** PHP and Ruby single quotes: only `\` and `'` are special, nothing is interpolated. */
export const singleQuoted = (text: string): string => `'${text.replace(/[\\']/g, (c) => `\\${c}`)}'`;

/** PowerShell verbatim string: a quote (including the typographic ones PowerShell also accepts) is doubled. */
export const powershellQuoted = (text: string): string =>
  `'${text.replace(/['\u2018\u2019\u201a\u201b]/g, (c) => c + c)}'`;

/** Rust byte string: printable ASCII as is, everything else as \xNN. */
export function rustByteString(bytes: Buffer): string {
  let out = '';
  for (const b of bytes) {
    if (b === 0x22 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return `b"${out}"`;
}
