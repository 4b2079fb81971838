// @readme/httpsnippet writes header values and URLs into double-quoted strings, which some
// languages interpolate: PHP ("$x", "{$x->f()}"), PowerShell ("$(command)"), Kotlin ("${expr}")
// and Ruby ("#{expr}"). A header value from a capture is untrusted data, so inside every
// double-quoted literal of the generated code the interpolation sigil is escaped. Runs before the
// body goes in (body literals are written safe by literals.ts).

interface Rule {
  /** The language's escape character inside double quotes. */
  escape: string;
  /** Characters that start an interpolation and must be escaped. */
  sigils: string;
}

const rules: Record<string, Rule> = {
  php: { escape: '\\', sigils: '$' },
  kotlin: { escape: '\\', sigils: '$' },
  // PowerShell also ends a double-quoted string at a typographic double quote.
  powershell: { escape: '`', sigils: '$\u201c\u201d\u201e' },
  ruby: { escape: '\\', sigils: '#' },
};

export function neutraliseInterpolation(code: string, language: string): string {
  const rule = rules[language];
  if (!rule) return code;
  let out = '';
  let inString = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (inString && ch === rule.escape) {
      out += ch + (code[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '"') inString = !inString;
    else if (inString && rule.sigils.includes(ch)) out += rule.escape;
    out += ch;
  }
  return out;
}
