// The service's side of the analysis worker (analysis-task.ts): one worker thread, started when
// first needed and stopped after a quiet minute; jobs run one at a time in the order given (a job
// asked for `first`, such as a getCapture waiting on its answer, goes ahead of queued ones).
// Every id of a job gets exactly one outcome: if the worker dies, the ids it did not reach are
// reported failed, and the next job starts a new worker.
import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../workers/spawn-worker';
import type {
  AnalysisContextData,
  AnalysisJob,
  AnalysisOutcome,
  AnalysisWorkerMessage,
} from './analysis-task';

interface QueuedJob {
  job: AnalysisJob;
  onOutcomes: (outcomes: AnalysisOutcome[]) => void;
  answered: Set<number>;
  done: () => void;
}

const IDLE_MS = 60_000;

export class AnalysisWorker {
  private worker: Worker | null = null;
  private readonly queue: QueuedJob[] = [];
  private current: QueuedJob | null = null;
  private nextJobId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  constructor(
    private readonly dbPath: string,
    private readonly idleMs = IDLE_MS,
  ) {}

  /** Jobs sent or waiting (the service keeps a couple queued so the worker never idles between them). */
  get pendingJobs(): number {
    return this.queue.length + (this.current ? 1 : 0);
  }

  /** Analyse `ids`; outcomes arrive in batches; resolves once every id has one. */
  run(
    ids: number[],
    context: AnalysisContextData,
    options: { skipAnalysed: boolean; first?: boolean; views?: boolean },
    onOutcomes: (outcomes: AnalysisOutcome[]) => void,
  ): Promise<void> {
    if (this.closed || ids.length === 0) {
      if (ids.length) onOutcomes(ids.map((id) => ({ id, kind: 'skipped' as const })));
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const queued: QueuedJob = {
        job: {
          jobId: this.nextJobId++,
          ids,
          context,
          skipAnalysed: options.skipAnalysed,
          views: options.views ?? false,
        },
        onOutcomes,
        answered: new Set(),
        done: resolve,
      };
      if (options.first) this.queue.unshift(queued);
      else this.queue.push(queued);
      this.next();
    });
  }

  private next(): void {
    if (this.current || this.closed) return;
    const queued = this.queue.shift();
    if (!queued) {
      clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => void this.stopWorker(), this.idleMs);
      this.idleTimer.unref();
      return;
    }
    clearTimeout(this.idleTimer);
    this.current = queued;
    this.ensureWorker().postMessage(queued.job);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = spawnWorker('analysis', { dbPath: this.dbPath });
    this.worker = worker;
    worker.on('message', (message: AnalysisWorkerMessage) => {
      const current = this.current;
      if (message.type === 'failed') return this.lost(worker, message.error);
      if (!current || message.jobId !== current.job.jobId) return;
      if (message.type === 'results') {
        for (const o of message.outcomes) current.answered.add(o.id);
        current.onOutcomes(message.outcomes);
      } else this.finish(current);
    });
    worker.on('error', (error) => this.lost(worker, error.message));
    worker.on('exit', (code) => this.lost(worker, `the analysis worker stopped (exit code ${code})`));
    return worker;
  }

  private finish(job: QueuedJob, why?: string): void {
    const missing = job.job.ids.filter((id) => !job.answered.has(id));
    if (missing.length)
      job.onOutcomes(missing.map((id) => ({ id, kind: 'failed' as const, error: why ?? 'not analysed' })));
    if (this.current === job) this.current = null;
    job.done();
    this.next();
  }

  /** The worker died or failed: its job's remaining ids fail, later jobs get a new worker. */
  private lost(worker: Worker, why: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    void worker.terminate();
    if (this.current) this.finish(this.current, why);
  }

  private async stopWorker(): Promise<void> {
    const worker = this.worker;
    if (!worker || this.current) return;
    this.worker = null;
    await worker.terminate();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = null;
    for (const job of this.queue.splice(0)) this.finish(job, 'the service stopped');
    if (this.current) this.finish(this.current, 'the service stopped');
    if (worker) await worker.terminate();
  }
}
