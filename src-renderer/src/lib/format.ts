// Formatting for dense tables: sizes, times and status classes. Pure functions, no DOM.

const units = ['B', 'KB', 'MB', 'GB'] as const;

/** 0 B, 812 B, 1.2 KB, 14 KB, 3.4 MB — short enough for a narrow column. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${value} B`;
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** Exact byte count with thousands separators, for tooltips and the overview. */
export function formatByteCount(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} byte${bytes === 1 ? '' : 's'}`;
}

/**
 * The API sends UTC ISO-8601 with microseconds (`…01.123456Z`). Date.parse only promises to read
 * milliseconds, so trim the fraction before parsing.
 */
export function parseTimestamp(iso: string): Date {
  const trimmed = iso.replace(/(\.\d{3})\d+/, '$1');
  return new Date(trimmed);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Local wall-clock time for a list row: `14:03:11.042`, prefixed with the date when not today. */
export function formatListTime(iso: string, now: Date = new Date()): string {
  const d = parseTimestamp(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
  const sameDay =
    d.getFullYear() === now.getFullYear() && d.getMonth() === now.getMonth() && d.getDate() === now.getDate();
  if (sameDay) return time;
  return `${d.toLocaleDateString('en-US', { month: 'short', day: 'numeric' })} ${time}`;
}

/** Full local date and time, for the overview. */
export function formatLocalDateTime(iso: string): string {
  const d = parseTimestamp(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
  const offsetMin = -d.getTimezoneOffset();
  const sign = offsetMin >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMin);
  return `${date} ${time} (UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)})`;
}

/** The hover text for a time cell: the exact UTC value the API gave us. */
export function utcTitle(iso: string): string {
  return `${iso.replace('T', ' ').replace('Z', '')} UTC`;
}

export type StatusClass = 'none' | 'ok' | 'redirect' | 'client' | 'server';

export function statusClass(status: number): StatusClass {
  if (status >= 500) return 'server';
  if (status >= 400) return 'client';
  if (status >= 300) return 'redirect';
  if (status >= 200) return 'ok';
  return 'none';
}

/** Method names get a colour family; anything unusual falls back to neutral. */
export function methodClass(method: string): string {
  const m = method.toUpperCase();
  return ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'].includes(m) ? m.toLowerCase() : 'other';
}
