// Timestamp normalisation. Every source uses a different unit (traps checklist §1); all become ISO
// UTC strings. Anything unparseable becomes null: a card never shows an invented time.

// Plausibility window: 2000-01-01 .. 2200-01-01. Outside it the unit was probably wrong.
const MIN_MS = Date.UTC(2000, 0, 1);
const MAX_MS = Date.UTC(2200, 0, 1);

function fromMillis(ms: number): string | null {
  if (!Number.isFinite(ms) || ms < MIN_MS || ms > MAX_MS) return null;
  return new Date(ms).toISOString();
}

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

/** Meta message/status timestamps ("1747231892"), entry.time (int), SocialHook (int). */
export function fromUnixSeconds(value: unknown): string | null {
  const seconds = toNumber(value);
  return seconds === null ? null : fromMillis(seconds * 1000);
}

/**
 * Seconds or milliseconds, told apart by size: a relay (SocialHook) documents seconds but passes
 * Messenger/Instagram's millisecond times through. 1e12 ms is 2001; 1e12 s is year 33658.
 */
export function fromUnixSecondsOrMillis(value: unknown): string | null {
  const n = toNumber(value);
  if (n === null) return null;
  return n >= 1e12 ? fromMillis(n) : fromMillis(n * 1000);
}

/** Messenger / Instagram event times and watermarks. */
export function fromUnixMillis(value: unknown): string | null {
  const ms = toNumber(value);
  return ms === null ? null : fromMillis(ms);
}

/** Baileys sends seconds as a number, a string, or a protobuf Long {low, high, unsigned}. */
export function fromBaileysSeconds(value: unknown): string | null {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const low = Object.hasOwn(value, 'low') ? (value as { low: unknown }).low : undefined;
    const high = Object.hasOwn(value, 'high') ? (value as { high: unknown }).high : undefined;
    if (typeof low !== 'number' || typeof high !== 'number') return null;
    return fromUnixSeconds(high * 2 ** 32 + (low >>> 0));
  }
  return fromUnixSeconds(value);
}

/** An ISO-8601 string from the provider, re-expressed in UTC. Requires an explicit zone. */
export function fromIsoString(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // Without a zone designator, Date would read the string in the local zone: refuse to guess.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(value.trim()))
    return null;
  return fromMillis(Date.parse(value));
}
