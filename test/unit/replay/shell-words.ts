// A small POSIX shell-words parser for tests: splits a command line the way sh would before
// running it — single quotes (nothing special inside), double quotes (backslash escapes only $ ` " \
// and newline), backslash outside quotes, backslash-newline continuations, `|` as an operator and
// `#` comments at the start of a word. Anything that would make the shell *do* something
// (unquoted $, backtick, ;, &, <, >, parentheses) is reported instead of parsed, so a test fails
// if generated commands ever contain an active construct.
export type ShellToken = { word: string } | { op: '|' };

export function shellWords(input: string): ShellToken[] {
  const tokens: ShellToken[] = [];
  let word: string | null = null;
  const push = () => {
    if (word !== null) tokens.push({ word });
    word = null;
  };
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (ch === "'") {
      const end = input.indexOf("'", i + 1);
      if (end < 0) throw new Error('unterminated single quote');
      word = (word ?? '') + input.slice(i + 1, end);
      i = end + 1;
    } else if (ch === '"') {
      let j = i + 1;
      let text = '';
      while (j < input.length && input[j] !== '"') {
        if (input[j] === '\\' && j + 1 < input.length && '$`"\\\n'.includes(input[j + 1]!)) {
          if (input[j + 1] !== '\n') text += input[j + 1];
          j += 2;
        } else if (input[j] === '$' || input[j] === '`') {
          throw new Error(`active expansion inside double quotes at ${j}`);
        } else text += input[j++];
      }
      if (j >= input.length) throw new Error('unterminated double quote');
      word = (word ?? '') + text;
      i = j + 1;
    } else if (ch === '\\') {
      if (input[i + 1] === '\n')
        i += 2; // line continuation
      else {
        word = (word ?? '') + (input[i + 1] ?? '');
        i += 2;
      }
    } else if (ch === ' ' || ch === '\t' || ch === '\n') {
      push();
      i++;
    } else if (ch === '|') {
      push();
      tokens.push({ op: '|' });
      i++;
    } else if (ch === '#' && word === null) {
      const end = input.indexOf('\n', i);
      i = end < 0 ? input.length : end;
    } else if ('$`;&<>()'.includes(ch)) {
      throw new Error(`unquoted shell metacharacter ${JSON.stringify(ch)} at ${i}`);
    } else {
      word = (word ?? '') + ch;
      i++;
    }
  }
  push();
  return tokens;
}

export function words(input: string): string[] {
  return shellWords(input).map((t) => ('word' in t ? t.word : '|'));
}

/** The bytes POSIX printf writes for a format with no conversions (the subset printfFormat emits). */
export function printfBytes(format: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '%') {
      if (format[i + 1] !== '%') throw new Error(`conversion in printf format at ${i}`);
      out.push(0x25);
      i++;
    } else if (ch === '\\') {
      const next = format[i + 1];
      const oct = /^[0-7]{1,3}/.exec(format.slice(i + 1));
      if (oct) {
        out.push(parseInt(oct[0], 8));
        i += oct[0].length;
      } else if (next === 'n') {
        out.push(0x0a);
        i++;
      } else if (next === '\\') {
        out.push(0x5c);
        i++;
      } else throw new Error(`unexpected escape \\${next}`);
    } else {
      out.push(...Buffer.from(ch, 'utf8'));
    }
  }
  return Buffer.from(out);
}
