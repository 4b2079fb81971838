// "Copy as cURL": hostile values stay inert. Checked three ways — a POSIX shell-words parser gives
// back the exact argv (and rejects any unquoted metacharacter), bash and dash run the command with
// `curl` replaced by a function that records its argv and stdin, and the octal printf format
// decodes to the exact body bytes.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { curlCommand, printfFormat, shellQuote } from '../../../src-main/core/replay';
import { printfBytes, shellWords, words } from './shell-words';

const HOSTILE_HEADER = "'; rm -rf ~; '";
const HOSTILE_BODY = `{"cmd":"$(touch /tmp/hookscope-pwned)","tick":"\`id\`","q":"it's \\"quoted\\"","pct":"%s %n %%","bang":"!!","glob":"*?[a]"}`;

const hostile = {
  method: 'POST',
  url: 'https://abc.ngrok.app/hook/$(id)/x?a[0]=1&b={x}&c=$HOME',
  headers: [
    ['Host', 'abc.ngrok.app'],
    ['X-Evil', HOSTILE_HEADER],
    ['X-Dollar', '$(reboot) `halt` ${IFS}'],
    ['X-Empty', ''],
    ['Content-Type', 'application/json'],
    ['Content-Length', '999'],
    ['Connection', 'keep-alive'],
  ] as [string, string][],
  body: Buffer.from(HOSTILE_BODY),
};

function expectedHeaderArgs(): string[] {
  return [
    '--header',
    `X-Evil: ${HOSTILE_HEADER}`,
    '--header',
    'X-Dollar: $(reboot) `halt` ${IFS}',
    '--header',
    'X-Empty;',
    '--header',
    'Content-Type: application/json',
    '--header',
    'User-Agent:',
    '--header',
    'Accept:',
  ];
}

/** Run `command` with curl replaced by a recorder; returns curl's argv and the bytes on its stdin. */
function runWithFakeCurl(shell: 'bash' | 'dash', command: string): { argv: string[]; stdin: Buffer } {
  const recorder =
    'curl() { for a in "$@"; do printf %s "$a" | base64 | tr -d "\\n"; echo; done; echo ---; base64 | tr -d "\\n"; echo; }\n';
  const out = execFileSync(shell, ['-c', recorder + command], { input: '', encoding: 'utf8' });
  const [argPart, stdinPart] = out.split('---\n');
  const argv = argPart!
    .split('\n')
    .filter((l, i, all) => i < all.length - 1 || l !== '')
    .map((l) => Buffer.from(l, 'base64').toString('utf8'));
  return { argv, stdin: Buffer.from(stdinPart!.trim(), 'base64') };
}

describe('shellQuote / printfFormat', () => {
  it('quotes single quotes as close-escape-reopen', () => {
    expect(shellQuote("a'b")).toBe(`'a'\\''b'`);
    expect(words(shellQuote(HOSTILE_HEADER))).toEqual([HOSTILE_HEADER]);
  });

  it('printf format decodes to every byte value exactly', () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const fmt = printfFormat(Buffer.concat([Buffer.from("-leading dash % \\ ' "), all]));
    const [word] = words(fmt);
    expect(printfBytes(word!)).toEqual(Buffer.concat([Buffer.from("-leading dash % \\ ' "), all]));
  });
});

describe('curlCommand', () => {
  it('round-trips through a shell-words parser to the exact argv (text body inline via --data-raw)', () => {
    const cmd = curlCommand(hostile);
    expect(words(cmd)).toEqual([
      'curl',
      '--globoff',
      hostile.url,
      ...expectedHeaderArgs(),
      '--data-raw',
      HOSTILE_BODY,
    ]);
  });

  it('contains no active shell construct outside quotes', () => {
    // shellWords throws on any unquoted $ ` ; & < > ( ): parsing is the assertion.
    expect(() => shellWords(curlCommand(hostile))).not.toThrow();
  });

  it.each(['bash', 'dash'] as const)('%s runs it with exactly that argv and nothing else', (shell) => {
    const { argv, stdin } = runWithFakeCurl(shell, curlCommand(hostile));
    expect(argv).toEqual(['--globoff', hostile.url, ...expectedHeaderArgs(), '--data-raw', HOSTILE_BODY]);
    expect(stdin.length).toBe(0);
  });

  it.each(['bash', 'dash'] as const)(
    '%s: a binary body goes through printf to --data-binary @- byte for byte',
    (shell) => {
      const body = Buffer.from([
        0x2d, 0x00, 0xff, 0xfe, 0x25, 0x73, 0x5c, 0x6e, 0x27, 0x0a, 0x0d, 0x24, 0x28, 0x29, 0x80, 0x1b,
      ]);
      const req = {
        method: 'PUT',
        url: 'http://127.0.0.1:3000/bin',
        headers: [['Content-Type', 'application/octet-stream']] as [string, string][],
        body,
      };
      const cmd = curlCommand(req);
      expect(cmd.startsWith('printf ')).toBe(true);
      const { argv, stdin } = runWithFakeCurl(shell, cmd);
      expect(argv).toEqual([
        '--globoff',
        '--request',
        'PUT',
        req.url,
        '--header',
        'Content-Type: application/octet-stream',
        '--header',
        'User-Agent:',
        '--header',
        'Accept:',
        '--data-binary',
        '@-',
      ]);
      expect(stdin).toEqual(body);
      const tokens = words(cmd);
      expect(printfBytes(tokens[1]!)).toEqual(body);
    },
  );

  it('a body starting with @ is sent as data, never read as a file', () => {
    const cmd = curlCommand({
      method: 'POST',
      url: 'http://x.test/',
      headers: [['Content-Type', 'text/plain']],
      body: Buffer.from('@/etc/passwd'),
    });
    expect(words(cmd)).toContain('--data-raw');
    expect(words(cmd).at(-1)).toBe('@/etc/passwd');
  });

  it('bodies with a carriage return or over 64 KB are piped through printf', () => {
    const crlf = curlCommand({
      method: 'POST',
      url: 'http://x.test/',
      headers: [],
      body: Buffer.from('a\r\nb'),
    });
    expect(crlf.startsWith('printf ')).toBe(true);
    const big = Buffer.from('x'.repeat(70_000));
    const cmd = curlCommand({ method: 'POST', url: 'http://x.test/', headers: [], body: big });
    expect(printfBytes(words(cmd)[1]!)).toEqual(big);
    expect(words(cmd)).toContain('Expect:');
  });

  it('uses --head for HEAD, no method flag for GET, and --request for other methods', () => {
    expect(
      words(curlCommand({ method: 'HEAD', url: 'http://x.test/', headers: [], body: Buffer.alloc(0) })),
    ).toEqual([
      'curl',
      '--globoff',
      '--head',
      'http://x.test/',
      '--header',
      'User-Agent:',
      '--header',
      'Accept:',
    ]);
    expect(
      words(
        curlCommand({
          method: 'GET',
          url: 'http://x.test/?hub.mode=subscribe',
          headers: [
            ['User-Agent', 'facebookplatform/1.0'],
            ['Accept', '*/*'],
          ],
          body: Buffer.alloc(0),
        }),
      ),
    ).toEqual([
      'curl',
      '--globoff',
      'http://x.test/?hub.mode=subscribe',
      '--header',
      'User-Agent: facebookplatform/1.0',
      '--header',
      'Accept: */*',
    ]);
    expect(
      words(
        curlCommand({ method: 'DELETE', url: 'http://x.test/', headers: [], body: Buffer.alloc(0) }),
      ).slice(0, 4),
    ).toEqual(['curl', '--globoff', '--request', 'DELETE']);
  });
});
