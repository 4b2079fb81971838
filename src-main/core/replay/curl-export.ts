// "Copy as cURL": a command that sends the same request again, with every request-derived part
// single-quoted (see shell-quote.ts), so a header value like `'; rm -rf ~; '` or a body holding
// `$(…)` reaches curl as data and is never run by the shell.
//
// Bodies:
//  - readable UTF-8 text up to 64 KB → `--data-raw '<text>'` (--data-raw, unlike -d/--data-binary,
//    never treats a leading "@" as a file name to read);
//  - anything else (binary, NUL, control characters, large) → `printf '<octal escapes>' | curl …
//    --data-binary @-`. Chosen over bash's $'…' because $'…' is not POSIX: dash (Debian's /bin/sh)
//    and other sh would send the text literally. printf is a shell builtin, so a large body is not
//    subject to the 128 KB per-argument limit that execve puts on curl's own arguments.
// curl adds headers of its own (User-Agent, Accept, a form Content-Type for --data, Expect for large
// bodies); those the capture did not have are suppressed with `-H 'Name:'` so the request matches.
import { isPlainText } from './body-text';
import { isHopByHop } from './outgoing-headers';
import { printfFormat, shellQuote } from './shell-quote';

export interface CurlRequest {
  method: string;
  url: string;
  headers: readonly [string, string][];
  body: Buffer;
}

const MAX_INLINE_BODY = 64 * 1024;

export function curlCommand(req: CurlRequest): string {
  const has = (name: string) => req.headers.some(([n]) => n.toLowerCase() === name);
  const method = req.method.toUpperCase();
  const bodiless = req.body.length === 0 && /^(GET|HEAD|DELETE|OPTIONS|TRACE)$/.test(method);
  // A carriage return inside quotes can be taken as Enter when the command is pasted: escape it via printf.
  const piped =
    !bodiless &&
    req.body.length > 0 &&
    (req.body.length > MAX_INLINE_BODY || req.body.includes(0x0d) || !isPlainText(req.body));

  const args: string[] = ['--globoff']; // [] and {} in URLs are data, not curl ranges
  if (method === 'HEAD') args.push('--head');
  else if (!(method === 'GET' && bodiless) && !(method === 'POST' && !bodiless))
    args.push('--request', shellQuote(req.method));
  args.push(shellQuote(req.url));

  for (const [name, value] of req.headers) {
    // Host comes from the URL, Content-Length from the body: curl writes both itself.
    if (isHopByHop(name)) continue;
    // `Name:` would delete the header in curl; `Name;` is how curl sends an empty value.
    args.push('--header', shellQuote(value === '' ? `${name};` : `${name}: ${value}`));
  }
  for (const [name, when] of [
    ['User-Agent', true],
    ['Accept', true],
    ['Content-Type', !bodiless],
    ['Expect', req.body.length > 1024],
  ] as const) {
    if (when && !has(name.toLowerCase())) args.push('--header', shellQuote(`${name}:`));
  }

  if (piped) args.push('--data-binary', '@-');
  else if (!bodiless) args.push('--data-raw', shellQuote(req.body.toString('utf8')));

  const curl = `curl ${joinArgs(args)}`;
  return piped ? `printf ${printfFormat(req.body)} | ${curl}` : curl;
}

/** One option per line, continued with backslash-newline, for a readable paste. */
function joinArgs(args: string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const takesValue = arg.startsWith('--') && arg !== '--globoff' && arg !== '--head' && i + 1 < args.length;
    lines.push(takesValue ? `${arg} ${args[++i]}` : arg);
  }
  return lines.join(' \\\n  ');
}

/** A comment line safe to paste: no line breaks or control characters from request data. */
export function shellComment(text: string): string {
  let out = '';
  for (const ch of text) out += ch < ' ' || ch === '\u007f' ? '?' : ch;
  return `# ${out}`;
}
