// Microsecond wall-clock timestamps. Date.now() has millisecond resolution; hrtime is monotonic but
// has no epoch, so we anchor hrtime to the wall clock once and add the elapsed nanoseconds.
const anchorWallUs = BigInt(Date.now()) * 1000n;
const anchorHr = process.hrtime.bigint();

export function nowMicros(): number {
  return Number(anchorWallUs + (process.hrtime.bigint() - anchorHr) / 1000n);
}

/** 1732345501123456 → "2024-11-23T07:05:01.123456Z" */
export function microsToIso(us: number): string {
  const ms = Math.floor(us / 1000);
  const micro = String(us % 1_000_000).padStart(6, '0');
  return new Date(ms).toISOString().slice(0, 19) + '.' + micro + 'Z';
}
