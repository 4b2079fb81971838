// HAR import: entries from a browser, a proxy or another Hookscope become captures marked
// "imported". Bodies are byte-exact when the HAR holds them (base64, or text that is the body);
// entries where it cannot (only form params, a size that disagrees with the text) are imported
// with `bodyExact: false` and a warning, never silently.
import type { HeaderPair } from '@shared/types';
import { nowMicros } from '../store/clock';
import { harEntrySchema, harSchema, type HarEntryIn } from './har-types';
import type { DerivedCapture } from './replay';

export const MAX_HAR_ENTRIES = 10_000;

export interface HarImportResult {
  captures: DerivedCapture[];
  warnings: string[];
}

export function importHar(text: string, options: { nowUs?: () => number } = {}): HarImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`not a HAR file: the text is not JSON (${(error as Error).message})`, { cause: error });
  }
  const har = harSchema.safeParse(json);
  if (!har.success) throw new Error('not a HAR file: no log.entries list');
  const warnings: string[] = [];
  const entries = har.data.log.entries;
  if (entries.length > MAX_HAR_ENTRIES)
    warnings.push(`Only the first ${MAX_HAR_ENTRIES} of ${entries.length} entries were imported.`);
  const captures: DerivedCapture[] = [];
  entries.slice(0, MAX_HAR_ENTRIES).forEach((raw, index) => {
    const entry = harEntrySchema.safeParse(raw);
    if (!entry.success) {
      warnings.push(
        `Entry ${index + 1} skipped: ${entry.error.issues[0]?.path.join('.') ?? ''} ${entry.error.issues[0]?.message ?? 'invalid'}`.trim(),
      );
      return;
    }
    const converted = toCapture(entry.data, index, options.nowUs ?? nowMicros);
    if ('skip' in converted) warnings.push(`Entry ${index + 1} skipped: ${converted.skip}`);
    else {
      captures.push(converted.capture);
      if (converted.warning) warnings.push(`Entry ${index + 1}: ${converted.warning}`);
    }
  });
  return { captures, warnings };
}

function toCapture(
  entry: HarEntryIn,
  index: number,
  nowUs: () => number,
): { capture: DerivedCapture; warning: string | null } | { skip: string } {
  let url: URL;
  try {
    url = new URL(entry.request.url);
  } catch {
    return { skip: `"${entry.request.url.slice(0, 100)}" is not an absolute URL` };
  }
  const headers = requestHeaders(entry, url);
  const body = requestBody(entry);
  const response = entry.response;
  const responseBody = decodeText(response?.content?.text, response?.content?.encoding);
  const contentType =
    headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1] ??
    entry.request.postData?.mimeType ??
    null;
  return {
    capture: {
      capture: {
        receivedAtUs: parseIsoMicros(entry.startedDateTime) ?? nowUs(),
        method: entry.request.method,
        path: url.pathname + url.search,
        httpVersion: httpVersionOf(entry.request.httpVersion),
        remoteAddress: 'imported',
        headers,
        body: body.bytes,
        bodySize: body.bytes.length,
        bodyTruncated: false,
        contentType: contentType || null,
        status: response?.status ?? 0,
        responseHeaders: (response?.headers ?? []).map((h) => [h.name, h.value]),
        responseBody: responseBody ?? Buffer.alloc(0),
        kind: 'request',
        note: `Imported from HAR (entry ${index + 1})${body.exact ? '' : `: ${body.why}`}`,
      },
      origin: { kind: 'imported', source: 'har', entryIndex: index, bodyExact: body.exact },
    },
    warning: body.exact ? null : body.why,
  };
}

/** HTTP/2 and HTTP/3 HARs list pseudo-headers; :authority is the Host a webhook handler sees. */
function requestHeaders(entry: HarEntryIn, url: URL): HeaderPair[] {
  const out: HeaderPair[] = [];
  let authority: string | null = null;
  for (const { name, value } of entry.request.headers) {
    if (name.startsWith(':')) {
      if (name === ':authority') authority = value;
      continue;
    }
    out.push([name, value]);
  }
  if (!out.some(([n]) => n.toLowerCase() === 'host')) out.unshift(['Host', authority ?? url.host]);
  return out;
}

function requestBody(entry: HarEntryIn): { bytes: Buffer; exact: boolean; why: string } {
  const post = entry.request.postData;
  const declared = entry.request.bodySize;
  if (!post) {
    const exact = declared === undefined || declared <= 0;
    return { bytes: Buffer.alloc(0), exact, why: `the HAR has no body for a request of ${declared} bytes` };
  }
  if (post.text !== undefined) {
    const bytes = decodeText(post.text, post.encoding ?? post._encoding) ?? Buffer.alloc(0);
    // Tools that store binary bodies as (lossy) text give themselves away by the size.
    const exact = declared === undefined || declared < 0 || declared === bytes.length;
    return {
      bytes,
      exact,
      why: `the HAR says ${declared} bytes but its text is ${bytes.length} bytes; the body may have been re-encoded`,
    };
  }
  if (post.params) {
    const form = new URLSearchParams(
      post.params.map((p): [string, string] => [p.name, p.value ?? '']),
    ).toString();
    return {
      bytes: Buffer.from(form),
      exact: false,
      why: 'the body was rebuilt from form parameters (the original bytes are not in the HAR)',
    };
  }
  return { bytes: Buffer.alloc(0), exact: false, why: 'the HAR has postData without text' };
}

/** "HTTP/1.1" → "1.1"; browsers write HTTP/2 as "h2" (and "http/2.0"). */
function httpVersionOf(value: string | undefined): string {
  const v = (value ?? '').trim().replace(/^HTTP\//i, '');
  if (/^h2$|^2(\.0)?$/i.test(v)) return '2';
  if (/^h3$|^3(\.0)?$/i.test(v)) return '3';
  return /^\d(\.\d)?$/.test(v) ? v : '1.1';
}

function decodeText(text: string | undefined, encoding: string | undefined): Buffer | null {
  if (text === undefined) return null;
  return encoding?.toLowerCase() === 'base64' ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8');
}

/** ISO-8601 to µs without losing the digits Date.parse drops (Hookscope writes µs). */
export function parseIsoMicros(value: string | undefined): number | null {
  if (!value) return null;
  const m = /^(.*T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})$/.exec(value.trim());
  if (!m) {
    const ms = Date.parse(value);
    return Number.isFinite(ms) ? ms * 1000 : null;
  }
  const seconds = Date.parse(`${m[1]}${m[3]}`);
  if (!Number.isFinite(seconds)) return null;
  const fraction = Number(((m[2] ?? '') + '000000').slice(0, 6));
  return seconds * 1000 + fraction;
}
