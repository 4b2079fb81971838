// Human durations for timestamp ages: "42 s", "5 min 12 s", "3 h 4 min", "2 d 5 h".
export function formatDuration(totalSeconds: number): string {
  const s = Math.round(Math.abs(totalSeconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
  const d = Math.floor(h / 24);
  return h % 24 ? `${d} d ${h % 24} h` : `${d} d`;
}

/** "12 s old", "3 s in the future", "just now". */
export function describeAge(age: number | null): string {
  if (age === null) return 'unknown';
  if (Math.abs(age) < 1) return 'less than a second';
  return age < 0 ? `${formatDuration(age)} in the future` : `${formatDuration(age)} old`;
}
