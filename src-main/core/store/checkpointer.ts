// WAL checkpoints on a worker thread. A checkpoint copies the WAL into the database file and
// fsyncs; on the main thread that stalls the receiver for as long as the disk takes (hundreds of
// ms for a large WAL). In WAL mode a checkpoint may run on another connection while the main
// connection keeps committing, so a worker with its own connection takes that cost off the loop.
import { Worker } from 'node:worker_threads';

// Inline (eval) worker source: no separate file for the bundler to place, and tiny.
// busy_timeout is per request: a PASSIVE checkpoint never waits, a RESTART/TRUNCATE waits a
// little for a reader (an export page) to finish instead of failing at once.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(workerData.path);
parentPort.on('message', ({ mode, busyMs }) => {
  try {
    db.exec('PRAGMA busy_timeout = ' + Number(busyMs || 0));
    const safe = mode === 'TRUNCATE' || mode === 'RESTART' ? mode : 'PASSIVE';
    const row = db.prepare('PRAGMA wal_checkpoint(' + safe + ')').get();
    parentPort.postMessage({ ok: true, busy: row.busy, log: row.log, checkpointed: row.checkpointed });
  } catch (error) {
    parentPort.postMessage({ ok: false, error: String(error && error.message || error) });
  }
});
`;

export type CheckpointMode = 'PASSIVE' | 'RESTART' | 'TRUNCATE';

export interface CheckpointResult {
  ok: boolean;
  /** 1 when a RESTART/TRUNCATE could not finish (a reader or writer held on). */
  busy?: number;
  /** Frames in the WAL, and how many of them are now in the database file. */
  log?: number;
  checkpointed?: number;
  error?: string;
}

export class Checkpointer {
  private readonly worker: Worker;
  private running = false;
  private closed = false;

  constructor(
    dbPath: string,
    private readonly onError: (message: string) => void = () => {},
  ) {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path: dbPath } });
    this.worker.unref();
    this.worker.on('error', (error) => this.onError(`checkpoint worker: ${error.message}`));
  }

  /** Start a checkpoint unless one is already running; resolves when it finishes. */
  checkpoint(mode: CheckpointMode = 'PASSIVE', busyMs = 0): Promise<CheckpointResult> | null {
    if (this.running || this.closed) return null;
    this.running = true;
    return new Promise((resolve) => {
      this.worker.once('message', (result: CheckpointResult) => {
        this.running = false;
        if (!result.ok) this.onError(`checkpoint failed: ${result.error}`);
        resolve(result);
      });
      this.worker.postMessage({ mode, busyMs });
    });
  }

  get busy(): boolean {
    return this.running;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.worker.terminate();
  }
}
