// File exports: each runs on its own worker thread (export-file.ts) and writes into
// <dataDir>/exports, reporting progress as it goes; the finished file is then downloaded
// (GET /api/exports/<id>, or app://…/api/exports/<id> in the desktop app). The receiver's loop only
// relays progress messages. Export ids are random: knowing one is what allows the download.
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { ExportProgress, ExportStarted } from '@shared/replay-types';
import { spawnWorker } from '../workers/spawn-worker';
import { exportFileName, type ExportOptions } from './export-captures';
import type { ExportFileJob, ExportWorkerMessage } from './export-file';

interface Job {
  file: string;
  fileName: string;
  mimeType: string;
  state: ExportProgress['state'];
  worker: Worker | null;
}

/** Finished files kept for download (older ones are deleted when a new export starts). */
const KEEP_FILES = 4;

export interface ExportFileInfo {
  path: string;
  fileName: string;
  mimeType: string;
  size: number;
}

export class ExportJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly dir: string;

  constructor(
    dataDir: string,
    private readonly dbPath: string,
    private readonly emit: (progress: ExportProgress) => void,
  ) {
    this.dir = join(dataDir, 'exports');
    // Files of an earlier run are never downloadable again (their ids died with it).
    rmSync(this.dir, { recursive: true, force: true });
  }

  start(options: ExportOptions & { ids: number[] | null }): ExportStarted {
    this.prune();
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const exportId = randomBytes(16).toString('hex');
    const { fileName, mimeType } = exportFileName(options);
    const file = join(this.dir, `${exportId}.part`);
    const job: Job = { file, fileName, mimeType, state: 'running', worker: null };
    this.jobs.set(exportId, job);
    const data: ExportFileJob = { ...options, dbPath: this.dbPath, file };
    const worker = spawnWorker('export', data);
    job.worker = worker;
    const base = { exportId, fileName };
    let last: ExportWorkerMessage | null = null;
    worker.on('message', (message: ExportWorkerMessage) => {
      last = message;
      if (message.type === 'progress') {
        this.emit({
          ...base,
          state: 'running',
          done: message.done,
          total: message.total,
          count: 0,
          bytes: 0,
          warnings: [],
          error: null,
        });
      } else if (message.type === 'done') {
        job.state = 'done';
        this.emit({
          ...base,
          state: 'done',
          done: message.count,
          total: message.count,
          count: message.count,
          bytes: message.bytes,
          warnings: message.warnings,
          error: null,
        });
      } else {
        job.state = 'failed';
        this.emit({
          ...base,
          state: 'failed',
          done: 0,
          total: 0,
          count: 0,
          bytes: 0,
          warnings: [],
          error: message.error,
        });
      }
    });
    const fail = (why: string): void => {
      if (job.state !== 'running') return;
      job.state = 'failed';
      this.emit({
        ...base,
        state: 'failed',
        done: 0,
        total: 0,
        count: 0,
        bytes: 0,
        warnings: [],
        error: why,
      });
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', () => {
      job.worker = null;
      fail(last?.type === 'failed' ? last.error : 'The export stopped before it finished.');
    });
    return { exportId, fileName, mimeType };
  }

  /** A finished export's file, or null (unknown id, still running, failed). */
  file(exportId: string): ExportFileInfo | null {
    const job = this.jobs.get(exportId);
    if (!job || job.state !== 'done') return null;
    const size = statSync(job.file, { throwIfNoEntry: false })?.size;
    return size === undefined
      ? null
      : { path: job.file, fileName: job.fileName, mimeType: job.mimeType, size };
  }

  async close(): Promise<void> {
    await Promise.all([...this.jobs.values()].map((job) => job.worker?.terminate()));
    this.jobs.clear();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private prune(): void {
    const finished = [...this.jobs.entries()].filter(([, job]) => job.state !== 'running');
    for (const [id, job] of finished.slice(0, Math.max(0, finished.length - KEEP_FILES + 1))) {
      rmSync(job.file, { force: true });
      this.jobs.delete(id);
    }
  }
}
