// Replay windows. A capture is judged at the moment it was received (that is what the sender's
// verifier would have seen) and, separately, "would it be rejected now" for replays and for people
// opening an old capture.
import type { TimestampInfo } from '@shared/signature-types';
import type { TimestampRule } from './types';

export interface WindowSpec {
  maxAgeSeconds: number | null;
  maxAheadSeconds: number | null;
  unit?: 's' | 'ms' | 'iso';
  signed?: boolean;
}

/** Parse a decimal timestamp (seconds, or milliseconds when `unit` is 'ms') or an RFC 3339 date ('iso'). */
export function timestampRule(raw: string, source: string, spec: WindowSpec): TimestampRule {
  const unit = spec.unit ?? 's';
  const trimmed = raw.trim();
  const unix = unit === 'iso' ? isoSeconds(trimmed) : decimalSeconds(trimmed, unit);
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

function decimalSeconds(text: string, unit: 's' | 'ms'): number | null {
  const n = /^\d{1,16}$/.test(text) ? Number(text) : NaN;
  return Number.isFinite(n) ? (unit === 'ms' ? n / 1000 : n) : null;
}

/** "2026-12-05T06:20:34.123456789Z" → unix seconds. Date.parse keeps milliseconds only, so digits past them are cut first. */
function isoSeconds(text: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(text);
  if (!m) return null;
  const ms = Date.parse(`${m[1]}${(m[2] ?? '').slice(0, 4)}${m[3]}`);
  return Number.isFinite(ms) ? ms / 1000 : null;
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

/** "400 s old", "2 h 5 min old", "30 s in the future": an age in words for summaries. */
export function describeAge(ageSeconds: number): string {
  const future = ageSeconds < 0;
  const s = Math.round(Math.abs(ageSeconds));
  const text =
    s < 120
      ? `${s} s`
      : s < 7200
        ? `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`
        : s < 172800
          ? `${Math.floor(s / 3600)} h${Math.floor((s % 3600) / 60) ? ` ${Math.floor((s % 3600) / 60)} min` : ''}`
          : `${Math.floor(s / 86400)} days`;
  return future ? `${text} in the future` : `${text} old`;
}
