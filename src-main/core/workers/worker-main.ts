// Entry of every worker thread the core starts (spawn-worker.ts): picks the task named in
// workerData and reports through parentPort; a long-lived task (analysis) takes jobs from its inbox.
// Each task opens its own database connection.
import { parentPort, workerData } from 'node:worker_threads';
import { writeExportFile } from '../replay/export-file';
import { findSchemeTask } from '../signatures/scheme-finder-task';
import { analysisTask } from '../service/analysis-task';

const tasks = {
  export: writeExportFile,
  'find-scheme': findSchemeTask,
  analysis: analysisTask,
} satisfies Record<
  string,
  (
    data: never,
    post: (message: unknown) => void,
    inbox: (listener: (message: unknown) => void) => void,
  ) => Promise<void>
>;

export type WorkerTaskName = keyof typeof tasks;

if (parentPort && workerData) {
  const port = parentPort;
  const { task, data } = workerData as { task: WorkerTaskName; data: never };
  const post = (message: unknown): void => port.postMessage(message);
  const inbox = (listener: (message: unknown) => void): void => void port.on('message', listener);
  tasks[task](data, post, inbox).catch((error: unknown) => {
    post({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  });
}
