// Path and name matching shared by response rules and forward routing. Patterns are compiled to
// anchored regular expressions with every literal character escaped, so a user's pattern can never
// become an arbitrary (or catastrophic) regex.

/** The path without its query string: rules match where a request goes, not its parameters. */
export function pathOnly(path: string): string {
  const q = path.indexOf('?');
  return q >= 0 ? path.slice(0, q) : path;
}

/**
 * Glob over a path: `**` spans segments, `*` stays within one segment, `?` is one character other
 * than "/". Everything else is literal.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      out += '.*';
      i++;
    } else if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else out += ch.replace(/[.+^${}()|[\]\\/-]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** Event names such as "message.received": `*` matches any run of characters, case-insensitive. */
export function wildcardMatches(pattern: string, value: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\/-]/g, '\\$&'))
      .join('.*')}$`,
    'i',
  );
  return re.test(value);
}
