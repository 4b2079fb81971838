// The scheme finder as a worker task: up to ~150 ms of hashing over a large body must not hold the
// receiver's event loop, so the service runs it in a worker thread and awaits one message.
import type { SchemeFinderResult } from '@shared/signature-types';
import { findSignatureScheme, type SchemeFinderRequest } from './scheme-finder';

export interface SchemeFinderJob {
  request: Omit<SchemeFinderRequest, 'body'> & { body: Uint8Array };
  secret: string;
}

export type SchemeFinderMessage =
  { type: 'done'; result: SchemeFinderResult } | { type: 'failed'; error: string };

export function findSchemeTask(
  job: SchemeFinderJob,
  post: (message: SchemeFinderMessage) => void,
): Promise<void> {
  const body = Buffer.from(job.request.body.buffer, job.request.body.byteOffset, job.request.body.byteLength);
  post({ type: 'done', result: findSignatureScheme({ ...job.request, body }, job.secret) });
  return Promise.resolve();
}
