// "Copy as": every target's code is run where its runtime exists here, sending a capture to the
// receiver again; the new capture must hold the same body bytes, header values and query. Where the
// runtime is missing the code is syntax-checked by the language's tool, or its body literal is
// parsed back (the fallback each target uses is in `checks` below, and in docs/api.md).
import { request } from 'node:http';
import { createConnection } from 'node:net';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snippetTargets, type CodeSnippet, type SnippetTargetId } from '@shared/snippet-types';
import { startTestCore, waitForCaptures, type TestCore } from '../helpers/in-process-core';
import { has, run } from '../helpers/runtimes';

// Shell, PHP, PowerShell, Ruby and Kotlin sigils: none of them may run or be interpolated.
const nastyHeader = `it's "q" $(touch PWNED1) \`touch PWNED2\` $HOME #{File.write("PWNED3","x")} {\${system('touch PWNED4')}} \${HOME}`;
const textBody = Buffer.from(`{"a":"it's $HOME \\\\ \\n #{x} \${y} %s %% ok","u":"é😀","t":"\t"}\n`);
const binaryBody = Buffer.from([
  0x00, 0x01, 0xff, 0xfe, 0x0d, 0x0a, 0x27, 0x22, 0x25, 0x5c, 0x2d, 0x80, 0x7b,
]);

type Check =
  | { kind: 'run'; file: string; command: (file: string) => [string, string[]]; when: () => boolean }
  | { kind: 'syntax'; file: string; command: (file: string) => [string, string[]]; when: () => boolean }
  | { kind: 'literal'; decode: (code: string) => Buffer[] };

/** Every double-quoted literal of the code, decoded (JSON escapes are what these languages share). */
const jsonLiterals = (code: string): Buffer[] => {
  const out: Buffer[] = [];
  for (const lit of code.match(/"(?:[^"\\\n]|\\.)*"/g) ?? []) {
    try {
      out.push(Buffer.from(JSON.parse(lit) as string));
    } catch {
      // not a JSON-compatible literal (a header with other escapes): not the body
    }
  }
  return out;
};
/** The -Body literal ('' is a quote), or the base64 a non-text body is decoded from at run time. */
const powershellLiteral = (code: string): Buffer[] => {
  const text = /-Body '((?:[^']|'')*)'/.exec(code)?.[1];
  const b64 = /FromBase64String\('([A-Za-z0-9+/=]*)'\)/.exec(code)?.[1];
  return [
    ...(text === undefined ? [] : [Buffer.from(text.replace(/''/g, "'"))]),
    ...(b64 === undefined ? [] : [Buffer.from(b64, 'base64')]),
  ];
};
/** Rust byte strings (b"…" with \xNN, \n, \r, \t, \0, \\ and \" escapes) besides JSON-like literals. */
const rustLiterals = (code: string): Buffer[] => {
  const simple: Record<string, number> = { n: 10, r: 13, t: 9, '0': 0, '\\': 92, '"': 34, "'": 39 };
  const bytes = [...code.matchAll(/b"((?:[^"\\]|\\.)*)"/gs)].map((m) => {
    const out: number[] = [];
    const src = m[1]!;
    for (let i = 0; i < src.length; i++) {
      if (src[i] !== '\\') {
        out.push(...Buffer.from(src[i]!));
        continue;
      }
      const e = src[++i]!;
      if (e === 'x') {
        out.push(Number.parseInt(src.slice(i + 1, i + 3), 16));
        i += 2;
      } else if (e === '\n') {
        while (/\s/.test(src[i + 1] ?? '')) i++; // a line continuation
      } else out.push(simple[e] ?? e.charCodeAt(0));
    }
    return Buffer.from(out);
  });
  return [...bytes, ...jsonLiterals(code)];
};

const sh = (f: string): [string, string[]] => ['sh', [f]];
const shSyntax = (f: string): [string, string[]] => ['sh', ['-n', f]];
const node = (f: string): [string, string[]] => [process.execPath, [f]];
const nodeCheck = (f: string): [string, string[]] => [process.execPath, ['--check', f]];
const py = (f: string): [string, string[]] => ['python3', [f]];
const pyCompile = (f: string): [string, string[]] => ['python3', ['-m', 'py_compile', f]];
const php = (f: string): [string, string[]] => ['php', [f]];
const phpLint = (f: string): [string, string[]] => ['php', ['-l', f]];
const ruby = (f: string): [string, string[]] => ['ruby', [f]];
const rubyCheck = (f: string): [string, string[]] => ['ruby', ['-c', f]];

/** How each target is checked here: run when possible, else the fallback named second. */
const checks: Record<SnippetTargetId, Check[]> = {
  curl: [{ kind: 'run', file: 'c.sh', command: sh, when: has.curl }],
  httpie: [
    { kind: 'run', file: 'h.sh', command: sh, when: has.httpie },
    { kind: 'syntax', file: 'h.sh', command: shSyntax, when: has.sh },
  ],
  wget: [
    { kind: 'run', file: 'w.sh', command: sh, when: has.wget },
    { kind: 'syntax', file: 'w.sh', command: shSyntax, when: has.sh },
  ],
  'powershell-webrequest': [{ kind: 'literal', decode: powershellLiteral }],
  'powershell-restmethod': [{ kind: 'literal', decode: powershellLiteral }],
  'node-fetch': [{ kind: 'run', file: 'f.mjs', command: node, when: () => true }],
  'node-http': [{ kind: 'run', file: 'h.cjs', command: node, when: () => true }],
  'node-axios': [{ kind: 'syntax', file: 'a.mjs', command: nodeCheck, when: () => true }],
  // Node has fetch, atob and Uint8Array like a browser, so the browser snippet runs as is.
  'browser-fetch': [{ kind: 'run', file: 'b.mjs', command: node, when: () => true }],
  'browser-xhr': [{ kind: 'syntax', file: 'x.mjs', command: nodeCheck, when: () => true }],
  'python-requests': [
    { kind: 'run', file: 'r.py', command: py, when: () => has.pythonModule('requests') },
    { kind: 'syntax', file: 'r.py', command: pyCompile, when: has.python },
  ],
  'python-httpx': [
    { kind: 'run', file: 'x.py', command: py, when: () => has.pythonModule('httpx') },
    { kind: 'syntax', file: 'x.py', command: pyCompile, when: has.python },
  ],
  go: [{ kind: 'run', file: 'main.go', command: (f) => ['go', ['run', f]], when: has.go }],
  'java-httpclient': [
    {
      kind: 'run',
      file: 'Main.java',
      command: (f) => ['java', [f]],
      when: has.java,
    },
    { kind: 'literal', decode: jsonLiterals },
  ],
  'java-okhttp': [{ kind: 'literal', decode: jsonLiterals }],
  'kotlin-okhttp': [{ kind: 'literal', decode: (c) => jsonLiterals(c.replace(/\\\$/g, '$')) }],
  'csharp-httpclient': [{ kind: 'literal', decode: jsonLiterals }],
  'csharp-restsharp': [{ kind: 'literal', decode: jsonLiterals }],
  'php-curl': [
    { kind: 'run', file: 'p.php', command: php, when: has.phpCurl },
    { kind: 'syntax', file: 'p.php', command: phpLint, when: has.php },
  ],
  'php-guzzle': [{ kind: 'syntax', file: 'g.php', command: phpLint, when: has.php }],
  'ruby-net-http': [{ kind: 'run', file: 'n.rb', command: ruby, when: has.ruby }],
  'ruby-faraday': [{ kind: 'syntax', file: 'f.rb', command: rubyCheck, when: has.ruby }],
  'rust-reqwest': [{ kind: 'literal', decode: rustLiterals }],
  'swift-urlsession': [{ kind: 'literal', decode: jsonLiterals }],
  'c-libcurl': [{ kind: 'literal', decode: jsonLiterals }],
  'http-raw': [{ kind: 'run', file: 'raw.http', command: () => ['', []], when: () => true }],
};

/** Java's single-file launcher needs a class around the snippet's statements. */
function sourceFor(target: SnippetTargetId, code: string): string {
  if (target === 'java-httpclient')
    return `import java.net.URI;\nimport java.net.http.*;\npublic class Main { public static void main(String[] args) throws Exception {\n${code}\n} }\n`;
  return code;
}

function sendRaw(receiverUrl: string, raw: string): Promise<void> {
  const { hostname, port } = new URL(receiverUrl);
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: hostname, port: Number(port) }, () => socket.end(raw));
    socket.on('data', () => socket.destroy());
    socket.on('close', () => resolve());
    socket.on('error', reject);
  });
}

let core: TestCore;
const dirs: string[] = [];
beforeAll(async () => {
  core = await startTestCore();
});
afterAll(async () => {
  await core.dispose();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

async function capture(path: string, body: Buffer): Promise<number> {
  const stored = waitForCaptures(core, 1, path);
  await fetch(core.receiverUrl + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Sig': nastyHeader },
    body,
  });
  return (await stored)[0]!;
}

async function copyAs(id: number, target: SnippetTargetId): Promise<CodeSnippet> {
  return core.service.call('copyAs', { id, target, baseUrl: core.receiverUrl });
}

const usable = (target: SnippetTargetId) => checks[target].find((c) => c.kind === 'literal' || c.when());

async function checkTarget(target: SnippetTargetId, body: Buffer, suffix: string) {
  const path = `/copy/${target}/${suffix}?a=1&b=x%20y&c=%2F`;
  const id = await capture(path, body);
  const snippet = await copyAs(id, target);
  const check = usable(target)!;
  if (check.kind === 'literal') {
    // A body that is not text travels as base64 decoded at run time: read the literals both ways.
    const literals = check.decode(snippet.code);
    const decoded = literals.map((l) => Buffer.from(l.toString('latin1'), 'base64'));
    expect([...literals, ...decoded]).toContainEqual(body);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), `hookscope-snippet-${target}-`));
  dirs.push(dir);
  writeFileSync(join(dir, check.file), sourceFor(target, snippet.code));
  if (check.kind === 'syntax') {
    const [cmd, args] = check.command(join(dir, check.file));
    await run(cmd, args, dir);
    return;
  }
  const replayed = waitForCaptures(core, 1, path);
  if (target === 'http-raw') await sendRaw(core.receiverUrl, snippet.code);
  else {
    const [cmd, args] = check.command(join(dir, check.file));
    await run(cmd, args, dir);
  }
  const again = await core.service.call('getCapture', { id: (await replayed)[0]! });
  expect(Buffer.from(again.bodyBase64, 'base64')).toEqual(body);
  expect(again.path).toBe(path);
  expect(again.headers.find(([n]) => n.toLowerCase() === 'x-sig')?.[1]).toBe(nastyHeader);
  expect(again.headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1]).toBe('application/json');
  // Nothing in the header value was executed by a shell or an interpreter.
  expect(readdirSync(dir).filter((f) => f.startsWith('PWNED'))).toEqual([]);
}

describe('a text body (quotes, $, #{}, backslashes, unicode, tab, newline)', () => {
  for (const { id } of snippetTargets) {
    const how = usable(id);
    it.skipIf(!how)(`${id}: ${how?.kind ?? 'no check available here'}`, async () => {
      const snippet = await copyAs(await capture(`/probe/${id}`, textBody), id);
      expect(snippet.body).toBe('text');
      await checkTarget(id, textBody, 'text');
    });
  }
});

describe('a body that is not text (NUL, CR, invalid UTF-8, quotes)', () => {
  const carrying = snippetTargets.filter(
    (t) => !['csharp-restsharp', 'c-libcurl', 'http-raw'].includes(t.id),
  );
  for (const { id } of carrying) {
    const how = usable(id);
    const literalOnly = how?.kind === 'literal';
    // Bytes are decoded at run time (base64, printf, a byte string): only running shows they arrive.
    it.skipIf(!how)(`${id}: ${literalOnly ? 'body literal decoded' : how?.kind}`, async () => {
      await checkTarget(id, binaryBody, 'binary');
    });
  }

  it('refuses targets that cannot carry the bytes, naming ones that can', async () => {
    const id = await capture('/copy/refused', binaryBody);
    for (const target of ['csharp-restsharp', 'c-libcurl', 'http-raw'] as const)
      await expect(copyAs(id, target)).rejects.toMatchObject({ code: 'invalid_input', message: /use cURL/ });
  });
});

it('offers more than 20 targets, each with a language and a label', () => {
  expect(snippetTargets.length).toBeGreaterThan(20);
  expect(new Set(snippetTargets.map((t) => `${t.language} ${t.label}`)).size).toBe(snippetTargets.length);
});

it('warns that a repeated header goes out once', async () => {
  const stored = waitForCaptures(core, 1, '/copy/dup');
  await new Promise<void>((resolve, reject) =>
    request(core.receiverUrl + '/copy/dup', { method: 'POST', headers: { 'X-A': ['1', '2'] } }, (res) => {
      res.resume();
      res.on('end', resolve);
    })
      .on('error', reject)
      .end('x'),
  );
  const snippet = await copyAs((await stored)[0]!, 'python-requests');
  expect(snippet.warnings.join(' ')).toMatch(/"X-A" appears more than once/);
});

it('leaves no file behind from the header value in the working directory of the test', () => {
  expect(existsSync('PWNED1') || existsSync('PWNED4')).toBe(false);
});
