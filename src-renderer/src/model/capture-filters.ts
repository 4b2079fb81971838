// The list's filters and the client-side check used for live inserts. Full-text `query` cannot be
// checked here (bodies are not in summaries), so a capture arriving under a query is only counted.
import type { CaptureSummary } from '@shared/types';
import { failingVerdicts, isFailingVerdict, type FailingVerdict } from '@shared/signature-types';

/** "4xx": every status of a class. */
export type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

export interface CaptureFilters {
  query: string;
  method: string | null;
  pathPrefix: string;
  /** An exact status (404) or a class ("4xx"). */
  status: number | StatusClass | null;
  /** Only captures the sender's verifier would reject (verdict `fail` or `stale`). */
  failuresOnly: boolean;
  /** Only captures signed by this provider (signer id, e.g. "meta"). */
  provider: string | null;
  /** Only captures whose body decodes as this payload family (e.g. "whatsapp-cloud"). */
  payloadFamily: string | null;
}

export const noFilters: CaptureFilters = {
  query: '',
  method: null,
  pathPrefix: '',
  status: null,
  failuresOnly: false,
  provider: null,
  payloadFamily: null,
};

/** What the status box accepts: "404", "4xx" (or "4XX"); anything else is not a filter. */
export function parseStatusFilter(text: string): number | StatusClass | null {
  const value = text.trim().toLowerCase();
  if (/^[1-5]\d{2}$/.test(value)) return Number(value);
  if (/^[1-5]xx$/.test(value)) return value as StatusClass;
  return null;
}

export function hasAnyFilter(f: CaptureFilters): boolean {
  return (
    f.query.trim() !== '' ||
    f.method !== null ||
    f.pathPrefix !== '' ||
    f.status !== null ||
    f.failuresOnly ||
    f.provider !== null ||
    f.payloadFamily !== null
  );
}

/** The listCaptures input for these filters (empty fields left out so the schema stays happy). */
export function toListInput(f: CaptureFilters): {
  query?: string;
  method?: string;
  pathPrefix?: string;
  status?: number | StatusClass;
  verdicts?: FailingVerdict[];
  provider?: string;
  payloadFamily?: string;
} {
  const input: {
    query?: string;
    method?: string;
    pathPrefix?: string;
    status?: number | StatusClass;
    verdicts?: FailingVerdict[];
    provider?: string;
    payloadFamily?: string;
  } = {};
  if (f.query.trim()) input.query = f.query.trim();
  if (f.method) input.method = f.method;
  if (f.pathPrefix) input.pathPrefix = f.pathPrefix;
  if (f.status !== null) input.status = f.status;
  if (f.failuresOnly) input.verdicts = [...failingVerdicts];
  if (f.provider) input.provider = f.provider;
  if (f.payloadFamily) input.payloadFamily = f.payloadFamily;
  return input;
}

export type LiveMatch = 'match' | 'no-match' | 'unknown';

export function matchesLive(f: CaptureFilters, c: CaptureSummary): LiveMatch {
  if (f.method && c.method.toUpperCase() !== f.method.toUpperCase()) return 'no-match';
  if (f.pathPrefix && !c.path.startsWith(f.pathPrefix)) return 'no-match';
  if (f.status !== null && !statusMatches(f.status, c.status)) return 'no-match';
  // Live inserts arrive before analysis (verdict null): whether they fail is not known yet.
  if (f.failuresOnly && !isFailingVerdict(c.verdict)) return c.verdict === null ? 'unknown' : 'no-match';
  // Signer and family are filled in by the analysis too: unknown until the capture is analysed.
  const analysed = c.verdict !== null || c.provider !== null || c.payloadFamily !== null;
  if (f.provider && c.provider !== f.provider) return analysed ? 'no-match' : 'unknown';
  if (f.payloadFamily && c.payloadFamily !== f.payloadFamily) return analysed ? 'no-match' : 'unknown';
  return f.query.trim() ? 'unknown' : 'match';
}

function statusMatches(filter: number | StatusClass, status: number): boolean {
  return typeof filter === 'number' ? status === filter : Math.floor(status / 100) === Number(filter[0]);
}
