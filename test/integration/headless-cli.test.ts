// `npm run headless` as a user meets it: flags or env vars, clear errors, clean Ctrl-C.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startHeadless } from '../helpers/headless-server';

const entry = resolve('out/main/headless.js');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

it('stops cleanly on SIGINT (exit 0) and keeps what it captured', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hookscope-cli-'));
  dirs.push(dataDir);
  const server = await startHeadless({ dataDir });
  expect((await fetch(server.receiverUrl + '/before-stop', { method: 'POST', body: 'kept' })).status).toBe(
    200,
  );
  const exit = new Promise<number | null>((r) => server.child.once('exit', (code) => r(code)));
  server.child.kill('SIGINT');
  expect(await exit).toBe(0);
  expect(server.output()).toMatch(/Stopped\. Every acknowledged capture is stored\./);

  const again = await startHeadless({ dataDir });
  try {
    const page = await again.call<{ items: { path: string }[] }>('listCaptures');
    expect(page.items.map((c) => c.path)).toEqual(['/before-stop']);
  } finally {
    await again.stop();
  }
});

it('takes its settings from environment variables and writes secrets to a 0600 file', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hookscope-cli-'));
  dirs.push(dataDir);
  const server = await startHeadless({ env: { HOOKSCOPE_DATA_DIR: dataDir }, dataDir });
  try {
    expect(server.output()).toContain(`Data:      ${dataDir}`);
    await server.call('putSecret', { provider: 'meta', label: 'app', secret: 'abcdefghijklmnopqrstuvwxyz' });
    expect(statSync(join(dataDir, 'secrets.json')).mode & 0o777).toBe(0o600);
    const status = await server.call<{ secretsEncrypted: boolean }>('getStatus');
    expect(status.secretsEncrypted).toBe(false);
  } finally {
    await server.stop();
  }
});

it.each([
  [['--receiver-port', 'abc'], /--receiver-port must be a port number/],
  [['--receiver-port', '5000', '--inspector-port', '5000'], /need different ports/],
  [['--token', 'short'], /--token must be 16-256 characters/],
  [['--bogus'], /Unknown option '--bogus'/],
])('refuses %j with a clear message and exit code 2', (args, message) => {
  const run = spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8', timeout: 10_000 });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(message);
});

it('explains a port that is already taken', async () => {
  const first = await startHeadless();
  try {
    const port = new URL(first.receiverUrl).port;
    const run = spawnSync(
      process.execPath,
      [entry, '--receiver-port', port, '--inspector-port', '0', '--data-dir', first.dataDir + '-2'],
      {
        encoding: 'utf8',
        timeout: 10_000,
      },
    );
    dirs.push(first.dataDir + '-2');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
  } finally {
    await first.stop();
  }
});
