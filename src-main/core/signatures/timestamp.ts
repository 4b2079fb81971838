// Replay windows. A capture is judged at the moment it was received (that is what the sender's
// verifier would have seen) and, separately, "would it be rejected now" for replays and for people
// opening an old capture.
import type { TimestampInfo } from '../../shared/signature-types';
import type { TimestampRule } from './types';

export interface WindowSpec {
  maxAgeSeconds: number | null;
  maxAheadSeconds: number | null;
  unit?: 's' | 'ms';
  signed?: boolean;
}

/** Parse a decimal timestamp (seconds, or milliseconds when `unit` is 'ms'). */
export function timestampRule(raw: string, source: string, spec: WindowSpec): TimestampRule {
  const unit = spec.unit ?? 's';
  const trimmed = raw.trim();
  const n = /^\d{1,16}$/.test(trimmed) ? Number(trimmed) : NaN;
  const unix = Number.isFinite(n) ? (unit === 'ms' ? n / 1000 : n) : null;
  return {
    raw,
    source,
    unix,
    unit,
    maxAgeSeconds: spec.maxAgeSeconds,
    maxAheadSeconds: spec.maxAheadSeconds,
    signed: spec.signed ?? true,
  };
}

export function outsideWindow(rule: TimestampRule, atUnix: number): boolean {
  if (rule.unix === null) return rule.maxAgeSeconds !== null || rule.maxAheadSeconds !== null;
  const age = atUnix - rule.unix;
  if (rule.maxAgeSeconds !== null && age > rule.maxAgeSeconds) return true;
  if (rule.maxAheadSeconds !== null && -age > rule.maxAheadSeconds) return true;
  return false;
}

export function judgeTimestamp(rule: TimestampRule, receivedAtUnix: number, nowUnix: number): TimestampInfo {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    raw: rule.raw,
    source: rule.source,
    unix: rule.unix,
    ageAtCapture: rule.unix === null ? null : round(receivedAtUnix - rule.unix),
    ageNow: rule.unix === null ? null : round(nowUnix - rule.unix),
    maxAgeSeconds: rule.maxAgeSeconds,
    maxAheadSeconds: rule.maxAheadSeconds,
    rejectedAtCapture: outsideWindow(rule, receivedAtUnix),
    rejectedNow: outsideWindow(rule, nowUnix),
    signed: rule.signed,
  };
}

export function describeWindow(rule: Pick<TimestampRule, 'maxAgeSeconds' | 'maxAheadSeconds'>): string {
  const { maxAgeSeconds: past, maxAheadSeconds: ahead } = rule;
  if (past !== null && ahead !== null && past === ahead) return `±${past} s`;
  if (past !== null && ahead === null) return `${past} s (older only)`;
  if (past !== null && ahead !== null) return `${past} s old / ${ahead} s ahead`;
  return 'no limit';
}
