// The one way Hookscope writes and reads its JSON files (settings, forward targets and rules,
// secrets). Writes go to a temporary file that is fsynced and renamed over the old one, created
// 0600 (settings hold Meta's verify token, secrets.json the secrets themselves): a crash or a full
// disk leaves either the old file or the new one, never half of one, and never a .tmp behind.
import { chmodSync, renameSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export const PRIVATE_FILE_MODE = 0o600;

/** Thrown when a file could not be written; the message says which file, why, and that nothing changed. */
export class FileWriteError extends Error {
  constructor(
    readonly file: string,
    readonly errno: string | undefined,
    cause: unknown,
  ) {
    super(
      `Could not save ${file}: ${describeErrno(errno, cause)}. Nothing was changed` +
        (errno === 'ENOSPC' ? '; free some disk space and try again.' : '.'),
      { cause },
    );
    this.name = 'FileWriteError';
  }
}

export function writeJsonFile(file: string, value: unknown): void {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  try {
    writeFileAtomic.sync(file, text, { mode: PRIVATE_FILE_MODE, fsync: true });
  } catch (error) {
    throw new FileWriteError(file, (error as NodeJS.ErrnoException).code, error);
  }
}

export type JsonRead =
  { kind: 'missing' } | { kind: 'ok'; value: unknown } | { kind: 'corrupt'; problem: string };

export function readJsonFile(file: string): JsonRead {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  // Files written by an older version or by hand may be readable by others; they hold tokens.
  chmodSync(file, PRIVATE_FILE_MODE);
  try {
    return { kind: 'ok', value: JSON.parse(text) as unknown };
  } catch (error) {
    return { kind: 'corrupt', problem: (error as Error).message };
  }
}

/**
 * Keep a damaged file for the user (`settings.json.corrupt-2026-12-05T06-40-00-000Z`) so starting
 * with defaults never destroys what they had. Returns the new path.
 */
export function moveAside(file: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = join(dirname(file), `${basename(file)}.corrupt-${stamp}`);
  renameSync(file, target);
  return target;
}

function describeErrno(errno: string | undefined, cause: unknown): string {
  switch (errno) {
    case 'ENOSPC':
      return 'the disk is full (ENOSPC)';
    case 'EDQUOT':
      return 'the disk quota is exhausted (EDQUOT)';
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${errno})`;
    case 'EROFS':
      return 'the file system is read-only (EROFS)';
    default:
      return (cause as Error)?.message ?? String(cause);
  }
}
