// One Hookscope per data directory: a second process is refused with the data dir and the other
// PID; a lock left by a process that died (kill -9) is taken over.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, LOCK_FILE } from '../../../src-main/core/store/data-dir-lock';
import { startTestCore } from '../../helpers/in-process-core';

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hookscope-lock-'));
  dirs.push(dir);
  return dir;
}

/** Another process (plain Node, type-stripped) that takes the lock and keeps running. */
function otherProcessHolding(dir: string): Promise<ChildProcess> {
  const module = resolve('src-main/core/store/data-dir-lock.ts');
  const child = spawn(
    process.execPath,
    [
      '--experimental-strip-types',
      '--no-warnings',
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(module)}); m.acquireDataDirLock(${JSON.stringify(dir)}); console.log('locked'); setInterval(() => {}, 1000);`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push(child);
  return new Promise((resolvePromise, reject) => {
    child.stdout!.once('data', () => resolvePromise(child));
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
}

describe('data directory lock', () => {
  it('refuses a second process, naming the data dir and the PID of the one holding it', async () => {
    const dir = tempDir();
    const other = await otherProcessHolding(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(
      new RegExp(
        `${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is in use by another Hookscope \\(PID ${other.pid}`,
      ),
    );
    await expect(startTestCore({ dataDir: dir })).rejects.toThrow(`PID ${other.pid}`);
  });

  it('takes over the lock of a process that was killed (-9)', async () => {
    const dir = tempDir();
    const other = await otherProcessHolding(dir);
    const exited = new Promise((r) => other.once('exit', r));
    other.kill('SIGKILL');
    await exited;
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    const core = await startTestCore({ dataDir: dir });
    const res = await fetch(core.receiverUrl + '/after-crash', { method: 'POST', body: 'ok' });
    expect(res.status).toBe(200);
    await core.close();
    // Released on a clean close: the next start needs no takeover.
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a second core in the same process and allows it after the first closed', async () => {
    const dir = tempDir();
    const first = await startTestCore({ dataDir: dir });
    await expect(startTestCore({ dataDir: dir })).rejects.toThrow(`PID ${process.pid}`);
    await first.close();
    const second = await startTestCore({ dataDir: dir });
    await second.close();
  });
});
