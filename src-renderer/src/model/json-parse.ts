// JSON parsing for display. Integers beyond 2^53 (snowflake ids, some provider ids) would silently
// lose digits with plain JSON.parse; where the runtime has JSON.parse source access and JSON.rawJSON
// (ES2025, Chromium ≥ 114), such numbers keep their exact source text instead.

interface RawJsonApi {
  rawJSON?: (text: string) => object;
  isRawJSON?: (value: unknown) => boolean;
}
const rawApi = JSON as unknown as RawJsonApi;
const hasLossless = typeof rawApi.rawJSON === 'function' && typeof rawApi.isRawJSON === 'function';

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJson(text: string): JsonParseResult {
  try {
    // Only pay for the reviver when a 16+ digit run exists at all (rare, and cheap to test).
    if (hasLossless && /\d{16,}/.test(text)) {
      const value: unknown = JSON.parse(text, (_key, value: unknown, context?: { source?: string }) =>
        typeof value === 'number' &&
        !Number.isSafeInteger(value) &&
        context?.source !== undefined &&
        /^-?\d+$/.test(context.source)
          ? rawApi.rawJSON!(context.source)
          : value,
      );
      return { ok: true, value };
    }
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** A lossless big number kept as its source text (see above). */
export function rawNumberText(value: unknown): string | null {
  if (hasLossless && typeof value === 'object' && value !== null && rawApi.isRawJSON!(value)) {
    return (value as { rawJSON: string }).rawJSON;
  }
  return null;
}

/** Cheap sniff: does this look like JSON worth trying to parse? */
export function looksLikeJson(text: string, contentType: string | null): boolean {
  if (contentType && /[/+]json\b/i.test(contentType)) return true;
  const first = /\S/.exec(text.slice(0, 1024))?.[0];
  return first === '{' || first === '[';
}
