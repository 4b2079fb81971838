// POSIX shell quoting. Everything user-derived goes inside single quotes, where the shell
// interprets nothing at all ($(…), backticks, ;, &, globbing, history "!" in bash's non-interactive
// mode): the only character that needs care is the single quote itself, written as '\'' (close,
// escaped quote, reopen).

export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * Bytes as a printf format string (already single-quoted). printf's octal escapes are POSIX (dash,
 * bash, zsh, BusyBox and /usr/bin/printf all honour them), carry every byte including NUL and
 * invalid UTF-8, and never depend on the locale. `%` and `\` are doubled so no byte is taken as a
 * conversion or an escape; a leading "-" is escaped so printf cannot read it as an option.
 */
export function printfFormat(bytes: Buffer): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x25) out += '%%';
    else if (b === 0x5c) out += '\\\\';
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x27 || (i === 0 && b === 0x2d) || b < 0x20 || b >= 0x7f)
      out += `\\${b.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(b);
  }
  return `'${out}'`;
}
