// The analysis as a worker task (worker-main.ts): each capture is read through the worker's own
// read-only connection and analysed there, so a 16 MB body, a full diagnosis of a 25 MB body or the
// re-verification of every capture costs the receiver's loop only the writing back of verdicts.
// Redelivery detection needs the writer's table of idempotency keys: the worker returns the keys
// and the service claims them when it writes the verdict, in queue order.
import { DatabaseSync } from 'node:sqlite';
import type { CaptureSummary, Settings } from '@shared/types';
import type { LabelledSecret } from '../signatures/types';
import {
  SELECT_CAPTURE_ROWS,
  captureFromRow,
  type CaptureAnalysisColumns,
  type RawRow,
} from '../store/capture-store';
import { analyseCapture } from './analyse-capture';
import { bodyViews, toSummary, type BodyViews } from './capture-mapping';

/** What the analysis depends on besides the capture, as of when the job was sent. */
export interface AnalysisContextData {
  secrets: Record<string, LabelledSecret[]>;
  settings: Settings;
  publicUrl: string | null;
}

export interface AnalysisJob {
  jobId: number;
  ids: number[];
  context: AnalysisContextData;
  /** New captures: one getCapture may have analysed already is left as it is. */
  skipAnalysed: boolean;
  /** Also return what the detail shows of each body (getCapture of a large capture). */
  views?: boolean;
}

export type AnalysisOutcome =
  | {
      id: number;
      kind: 'analysed';
      columns: CaptureAnalysisColumns;
      dedupeKeys: string[];
      summary: CaptureSummary;
      views?: BodyViews;
    }
  /** Gone (cleared, evicted: no views even when asked for) or already analysed. */
  | { id: number; kind: 'skipped'; views?: BodyViews }
  | { id: number; kind: 'failed'; error: string; views?: BodyViews };

export type AnalysisWorkerMessage =
  | { type: 'results'; jobId: number; outcomes: AnalysisOutcome[] }
  | { type: 'job-done'; jobId: number }
  | { type: 'failed'; error: string };

/** Results go back at least this often, so verdicts appear while a long job runs. */
const POST_EVERY_MS = 20;

export function analyseOne(db: DatabaseSync, id: number, job: AnalysisJob): AnalysisOutcome {
  const raw = db.prepare(`${SELECT_CAPTURE_ROWS} WHERE captures.id = ?`).get(id) as RawRow | undefined;
  if (!raw) return { id, kind: 'skipped' };
  const skip = job.skipAnalysed && raw.analysis_version !== null;
  if (skip && !job.views) return { id, kind: 'skipped' };
  const row = captureFromRow(raw, db);
  const views = job.views ? bodyViews(row) : undefined;
  if (skip) return { id, kind: 'skipped', views };
  let dedupeKeys: string[] = [];
  try {
    const columns = analyseCapture(row, {
      claimDedupeKeys: (_id, keys) => {
        dedupeKeys = keys;
        return null;
      },
      secrets: (provider) => job.context.secrets[provider] ?? [],
      settings: job.context.settings,
      publicUrl: job.context.publicUrl,
    });
    return { id, kind: 'analysed', columns, dedupeKeys, summary: toSummary({ ...row, ...columns }), views };
  } catch (error) {
    return { id, kind: 'failed', error: error instanceof Error ? error.message : String(error), views };
  }
}

export function analysisTask(
  data: { dbPath: string },
  post: (message: AnalysisWorkerMessage) => void,
  inbox: (listener: (message: unknown) => void) => void,
): Promise<void> {
  const db = new DatabaseSync(data.dbPath, { readOnly: true });
  // Each SELECT is its own short read transaction: a long one would keep the WAL from starting over.
  inbox((message) => {
    const job = message as AnalysisJob;
    let outcomes: AnalysisOutcome[] = [];
    let lastPost = performance.now();
    for (const id of job.ids) {
      outcomes.push(analyseOne(db, id, job));
      if (performance.now() - lastPost >= POST_EVERY_MS) {
        post({ type: 'results', jobId: job.jobId, outcomes });
        outcomes = [];
        lastPost = performance.now();
      }
    }
    if (outcomes.length) post({ type: 'results', jobId: job.jobId, outcomes });
    post({ type: 'job-done', jobId: job.jobId });
  });
  // Runs until the service terminates the worker.
  return new Promise(() => {});
}
