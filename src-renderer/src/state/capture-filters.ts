// The list's filters and the client-side check used for live inserts. Full-text `query` cannot be
// checked here (bodies are not in summaries), so a capture arriving under a query is only counted.
import type { CaptureSummary } from '../../../src-main/shared/types';

export interface CaptureFilters {
  query: string;
  method: string | null;
  pathPrefix: string;
  status: number | null;
  /** Only captures whose signature verdict is `fail`. */
  failuresOnly: boolean;
}

export const noFilters: CaptureFilters = {
  query: '',
  method: null,
  pathPrefix: '',
  status: null,
  failuresOnly: false,
};

export function hasAnyFilter(f: CaptureFilters): boolean {
  return (
    f.query.trim() !== '' || f.method !== null || f.pathPrefix !== '' || f.status !== null || f.failuresOnly
  );
}

/** The listCaptures input for these filters (empty fields left out so the schema stays happy). */
export function toListInput(f: CaptureFilters): {
  query?: string;
  method?: string;
  pathPrefix?: string;
  status?: number;
  verdicts?: 'fail'[];
} {
  const input: {
    query?: string;
    method?: string;
    pathPrefix?: string;
    status?: number;
    verdicts?: 'fail'[];
  } = {};
  if (f.query.trim()) input.query = f.query.trim();
  if (f.method) input.method = f.method;
  if (f.pathPrefix) input.pathPrefix = f.pathPrefix;
  if (f.status !== null) input.status = f.status;
  if (f.failuresOnly) input.verdicts = ['fail'];
  return input;
}

export type LiveMatch = 'match' | 'no-match' | 'unknown';

export function matchesLive(f: CaptureFilters, c: CaptureSummary): LiveMatch {
  if (f.method && c.method.toUpperCase() !== f.method.toUpperCase()) return 'no-match';
  if (f.pathPrefix && !c.path.startsWith(f.pathPrefix)) return 'no-match';
  if (f.status !== null && c.status !== f.status) return 'no-match';
  // Live inserts arrive before analysis (verdict null): whether they fail is not known yet.
  if (f.failuresOnly && c.verdict !== 'fail') return c.verdict === null ? 'unknown' : 'no-match';
  return f.query.trim() ? 'unknown' : 'match';
}
