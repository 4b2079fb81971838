// Starts a worker thread running one of the core's worker tasks (worker-main.ts). The build puts
// the worker entry beside the main bundles as out/main/worker.js; running from source (tests,
// benchmarks) the TypeScript entry is loaded through tsx.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerTaskName } from './worker-main';

export function spawnWorker(task: WorkerTaskName, data: unknown): Worker {
  const here = fileURLToPath(import.meta.url);
  const workerData = { task, data };
  if (here.endsWith('.ts')) {
    return new Worker(join(dirname(here), 'worker-main.ts'), { workerData, execArgv: ['--import', 'tsx'] });
  }
  // This code may itself sit in out/main/chunks/ after bundling.
  const entry = [join(dirname(here), 'worker.js'), join(dirname(here), '..', 'worker.js')].find((p) =>
    existsSync(p),
  );
  if (!entry) throw new Error(`The worker bundle (worker.js) is missing beside ${here}.`);
  return new Worker(entry, { workerData });
}
