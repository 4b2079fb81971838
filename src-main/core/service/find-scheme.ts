// findSignatureScheme: runs the scheme finder on a stored capture in a worker thread and resolves
// with its one answer. The secret goes to the worker and nowhere else (never stored or returned).
import type { SchemeFinderResult } from '@shared/signature-types';
import type { SchemeFinderJob, SchemeFinderMessage } from '../signatures/scheme-finder-task';
import type { CaptureRow } from '../store/capture-store';
import { spawnWorker } from '../workers/spawn-worker';
import { callUrl } from './analyse-capture';

export function findSchemeInWorker(
  row: CaptureRow,
  secret: string,
  publicUrl: string | null,
): Promise<SchemeFinderResult> {
  const job: SchemeFinderJob = {
    request: {
      method: row.method,
      url: callUrl(row, publicUrl),
      path: row.path,
      headers: row.headers,
      body: row.body,
      publicUrl,
    },
    secret,
  };
  return new Promise((resolve, reject) => {
    const worker = spawnWorker('find-scheme', job);
    let settled = false;
    worker.once('message', (message: SchemeFinderMessage) => {
      settled = true;
      void worker.terminate();
      if (message.type === 'done') resolve(message.result);
      else reject(new Error(message.error));
    });
    worker.once('error', (error) => {
      if (!settled) reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the scheme finder stopped (exit code ${code})`));
    });
  });
}
