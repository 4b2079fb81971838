// A Hookscope core in its own process (bench-server.ts, kind hookscope-jobs), so the load generator
// never shares its event loop: operations go in on stdin, results and events come back on stdout.
import { spawn, type ChildProcess } from 'node:child_process';
import { benchServerArgs } from './bench-server-command';

export interface Child {
  proc: ChildProcess;
  port: number;
  dataDir: string;
  out(): string;
  send(op: string, input: unknown): void;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  stop(): Promise<string>;
}

export async function startChild(dataDir: string): Promise<Child> {
  const proc = spawn(process.execPath, benchServerArgs(['hookscope-jobs', dataDir]), {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  let from = 0;
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const waitFor = (pattern: RegExp, timeoutMs = 600_000): Promise<RegExpExecArray> =>
    new Promise((resolve, reject) => {
      const started = Date.now();
      const check = (): void => {
        const m = pattern.exec(out.slice(from));
        if (m) {
          from += m.index + m[0].length;
          return resolve(m);
        }
        if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${pattern}`));
        setTimeout(check, 20);
      };
      check();
    });
  const port = Number((await waitFor(/PORT (\d+)/))[1]);
  return {
    proc,
    port,
    dataDir,
    out: () => out,
    send: (op, input) => proc.stdin!.write(JSON.stringify({ op, input }) + '\n'),
    waitFor,
    stop: async () => {
      const done = new Promise<void>((r) => proc.on('exit', () => r()));
      proc.kill('SIGTERM');
      await done;
      return out;
    },
  };
}
