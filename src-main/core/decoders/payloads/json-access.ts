// Read-only accessors for parsed payloads. Payload keys are attacker-controlled: JSON.parse turns
// "__proto__" and "constructor" into ordinary own keys, but a plain `obj[key]` lookup with such a
// key (e.g. `message[message.type]` when type is "constructor") reaches Object.prototype instead.
// Every lookup here goes through Object.hasOwn, and nothing is ever merged into another object.

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property or undefined: never walks the prototype chain. */
export function own(obj: unknown, key: string): unknown {
  return isRecord(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

export function record(obj: unknown, key: string): JsonRecord | null {
  const value = own(obj, key);
  return isRecord(value) ? value : null;
}

export function list(obj: unknown, key: string): unknown[] {
  const value = own(obj, key);
  return Array.isArray(value) ? value : [];
}

/** A string field; numbers become their decimal text (ids arrive as either). */
export function text(obj: unknown, key: string): string | null {
  const value = own(obj, key);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A non-empty string field. */
export function nonEmpty(obj: unknown, key: string): string | null {
  const value = text(obj, key);
  return value !== null && value !== '' ? value : null;
}

export function number(obj: unknown, key: string): number | null {
  const value = own(obj, key);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}

export function bool(obj: unknown, key: string): boolean | null {
  const value = own(obj, key);
  if (typeof value === 'boolean') return value;
  // Form-encoded providers send booleans as strings; "false" must stay false.
  if (value === 'true') return true;
  if (value === 'false') return false;
  return null;
}

/** Drops undefined/null entries so details only carry what the payload actually had. */
export function compact(entries: Array<[string, unknown]>): JsonRecord {
  const out: JsonRecord = {};
  for (const [key, value] of entries) {
    if (value === undefined || value === null) continue;
    // defineProperty, not assignment: keys here are ours, but stay safe if one ever is not.
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
