// Start the built headless server (out/main/headless.js) as a child process on free ports with a
// fresh data directory, and read the URLs it prints. Used by integration and browser e2e tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface HeadlessServer {
  receiverUrl: string;
  inspectorUrl: string;
  apiBase: string;
  token: string;
  dataDir: string;
  child: ChildProcess;
  output(): string;
  /** POST /api/<operation> with the token; returns the parsed JSON (throws on non-2xx). */
  call<T = unknown>(operation: string, input?: unknown): Promise<T>;
  stop(): Promise<void>;
}

const entry = resolve('out/main/headless.js');

export async function startHeadless(
  opts: { env?: Record<string, string>; dataDir?: string; keepDataDir?: boolean; args?: string[] } = {},
): Promise<HeadlessServer> {
  if (!existsSync(entry)) throw new Error('out/main/headless.js is missing: run `npm run build` first.');
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'hookscope-test-'));
  const token = 'test-' + randomBytes(12).toString('hex');
  // A HOOKSCOPE_FAKE_NGROK script swaps `@ngrok/ngrok` for a scripted stand-in through a module
  // hook: the fake lives here in the tests, not in the shipped server.
  const fakeNgrok = opts.env?.HOOKSCOPE_FAKE_NGROK
    ? ['--import', 'tsx', '--import', pathToFileURL(resolve('test/helpers/register-fake-ngrok.mjs')).href]
    : [];
  const child = spawn(
    process.execPath,
    [
      ...fakeNgrok,
      entry,
      '--receiver-port',
      '0',
      '--inspector-port',
      '0',
      // Leave the data directory to the environment when a test sets HOOKSCOPE_DATA_DIR.
      ...(opts.env?.HOOKSCOPE_DATA_DIR ? [] : ['--data-dir', dataDir]),
      '--token',
      token,
      ...(opts.args ?? []),
    ],
    { env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));

  const urls = await new Promise<{ receiver: string; inspector: string }>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`headless server did not start:\n${out}`)), 15_000);
    const check = () => {
      const receiver = /Receiver:\s+(\S+)/.exec(out)?.[1];
      const inspector = /Inspector:\s+(\S+)/.exec(out)?.[1];
      if (receiver && inspector) {
        clearTimeout(timer);
        resolvePromise({ receiver, inspector });
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`headless server exited with ${code}:\n${out}`));
    });
  });
  const apiBase = new URL(urls.inspector).origin;

  let stopped = false;
  return {
    receiverUrl: urls.receiver,
    inspectorUrl: urls.inspector,
    apiBase,
    token,
    dataDir,
    child,
    output: () => out,
    async call<T>(operation: string, input: unknown = {}): Promise<T> {
      const res = await fetch(`${apiBase}/api/${operation}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      const body = (await res.json()) as T;
      if (!res.ok) throw new Error(`${operation} → ${res.status}: ${JSON.stringify(body)}`);
      return body;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise<void>((r) => {
          child.once('exit', () => r());
          child.kill('SIGTERM');
        });
      }
      if (!opts.keepDataDir && !opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
