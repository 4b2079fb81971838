// WAL checkpoints on a worker thread. A checkpoint copies the WAL into the database file and
// fsyncs; on the main thread that stalls the receiver for as long as the disk takes (hundreds of
// ms for a large WAL). In WAL mode a checkpoint may run on another connection while the main
// connection keeps committing, so a worker with its own connection takes that cost off the loop.
import { Worker } from 'node:worker_threads';

// Inline (eval) worker source: no separate file for the bundler to place, and tiny.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(workerData.path);
db.exec('PRAGMA busy_timeout = 2000');
parentPort.on('message', (mode) => {
  try {
    const row = db.prepare('PRAGMA wal_checkpoint(' + (mode === 'TRUNCATE' ? 'TRUNCATE' : 'PASSIVE') + ')').get();
    parentPort.postMessage({ ok: true, busy: row.busy, log: row.log, checkpointed: row.checkpointed });
  } catch (error) {
    parentPort.postMessage({ ok: false, error: String(error && error.message || error) });
  }
});
`;

export interface CheckpointResult {
  ok: boolean;
  busy?: number;
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

  /** Start a passive checkpoint unless one is already running; resolves when it finishes. */
  checkpoint(): Promise<CheckpointResult> | null {
    if (this.running || this.closed) return null;
    this.running = true;
    return new Promise((resolve) => {
      this.worker.once('message', (result: CheckpointResult) => {
        this.running = false;
        if (!result.ok) this.onError(`checkpoint failed: ${result.error}`);
        resolve(result);
      });
      this.worker.postMessage('PASSIVE');
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
