// One Hookscope per data directory. Two processes on one database (the desktop app and a headless
// server, or two headless servers) would fight over SQLite's write lock ("database is locked" 500s)
// and overwrite each other's settings. The lock is a file holding the owner's PID, created
// exclusively; a lock whose PID is no longer running was left by a crash and is taken over, so
// kill -9 never leaves the data directory unusable.
// Only node: built-ins here: a test starts a second process that imports this file directly.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'hookscope.lock';
/** Locks this process holds: a lock file with our own PID that is not here is a stale one (PID reuse in a container). */
const heldHere = new Set<string>();

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

interface LockContent {
  pid: number;
  host: string;
  startedAt: string;
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = join(dataDir, LOCK_FILE);
  const mine: LockContent = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (holder && (holder.pid === process.pid ? heldHere.has(file) : isRunning(holder))) {
        throw new Error(
          `The data directory ${dataDir} is in use by another Hookscope (PID ${holder.pid}` +
            `${holder.host !== mine.host ? ` on ${holder.host}` : ''}, started ${holder.startedAt}). ` +
            'Quit that one, or start this one with another data directory (--data-dir).',
          { cause: error },
        );
      }
      // Left behind by a process that is gone (crash, kill -9): take it over.
      try {
        unlinkSync(file);
      } catch {
        // Someone else removed it first; the next attempt decides.
      }
      continue;
    }
    try {
      writeSync(fd, JSON.stringify(mine));
    } finally {
      closeSync(fd);
    }
    let released = false;
    heldHere.add(file);
    return {
      file,
      release() {
        if (released) return;
        released = true;
        heldHere.delete(file);
        // Only remove it if it is still ours (never another process's lock).
        if (readHolder(file)?.pid === process.pid) unlinkSync(file);
      },
    };
  }
  throw new Error(`Could not take the lock ${file}; another Hookscope is starting on ${dataDir}.`);
}

function readHolder(file: string): LockContent | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockContent>;
    return typeof parsed.pid === 'number'
      ? { pid: parsed.pid, host: String(parsed.host ?? ''), startedAt: String(parsed.startedAt ?? '?') }
      : null;
  } catch {
    // Empty or half-written (the owner crashed mid-write): treat as stale.
    return null;
  }
}

function isRunning(holder: LockContent): boolean {
  // A lock from another machine (shared network folder) cannot be checked: assume it is held.
  if (holder.host && holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
