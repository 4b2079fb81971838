// HAR 1.2 export. Bodies that are exact UTF-8 go as text; everything else as base64, so the file
// holds the exact bytes either way. For responses HAR 1.2 defines `content.encoding: "base64"`.
// Request `postData` has no such field in the spec (mimeType, params, text, comment only; custom
// fields must start with "_"), so a request body that is not UTF-8 is written as base64 in `text`
// with `_encoding: "base64"` (the importer's marker, also read from older files' `encoding`) and a
// `comment` saying so for tools that do not know the marker. Hookscope's own fields (capture id,
// verdict, µs timestamp) ride along under `_hookscope`, as the spec allows.
import type { CaptureRow } from '../store/capture-store';
import { microsToIso } from '../store/clock';
import { exactUtf8Text } from './body-text';
import { captureUrl } from './capture-url';
import { headerValue, queryPairs } from '../decoders/content';
import { jsonArrayFrame, type JsonArrayFrame } from './json-array-stream';

export interface HarExportOptions {
  baseUrl: string;
  creatorVersion: string;
}

export type ExportableCapture = Omit<CaptureRow, 'analysis' | 'providerOverride' | 'duplicateOf'> &
  Partial<Pick<CaptureRow, 'duplicateOf'>>;

export function harExport(captures: readonly ExportableCapture[], options: HarExportOptions): string {
  const frame = harFrame(options.creatorVersion);
  return (
    frame.head +
    captures.map((c, i) => frame.item(i, harEntry(c, options.baseUrl))).join('') +
    frame.tail(captures.length)
  );
}

/** The HAR document around its entries, for writing entries one at a time (exports to a file). */
export function harFrame(creatorVersion: string): JsonArrayFrame {
  return jsonArrayFrame((entries) => ({
    log: { version: '1.2', creator: { name: 'Hookscope', version: creatorVersion }, entries },
  }));
}

export function harEntry(c: ExportableCapture, baseUrl: string) {
  const url = captureUrl(c, baseUrl);
  const contentType = headerValue(c.headers, 'content-type') ?? '';
  const requestBody = postDataBody(c.body);
  const responseBody = bodyFields(c.responseBody);
  return {
    startedDateTime: microsToIso(c.receivedAtUs),
    time: 0,
    request: {
      method: c.method,
      url,
      httpVersion: `HTTP/${c.httpVersion}`,
      cookies: [],
      headers: c.headers.map(([name, value]) => ({ name, value })),
      queryString: queryPairs(c.path).map(([name, value]) => ({ name, value })),
      ...(c.body.length > 0 || c.bodySize > 0 ? { postData: { mimeType: contentType, ...requestBody } } : {}),
      headersSize: -1,
      bodySize: c.body.length,
    },
    response: {
      status: c.status,
      statusText: '',
      httpVersion: `HTTP/${c.httpVersion}`,
      cookies: [],
      headers: c.responseHeaders.map(([name, value]) => ({ name, value })),
      content: {
        size: c.responseBody.length,
        mimeType: headerValue(c.responseHeaders, 'content-type') ?? '',
        ...responseBody,
      },
      redirectURL: '',
      headersSize: -1,
      bodySize: c.responseBody.length,
    },
    cache: {},
    timings: { send: 0, wait: 0, receive: 0 },
    _hookscope: {
      id: c.id,
      receivedAtUs: c.receivedAtUs,
      kind: c.kind,
      note: c.note,
      remoteAddress: c.remoteAddress,
      bodySize: c.bodySize,
      bodyTruncated: c.bodyTruncated,
      provider: c.provider,
      verdict: c.verdict,
      summary: c.summary,
    },
  };
}

function postDataBody(bytes: Buffer): { text: string; _encoding?: 'base64'; comment?: string } {
  const text = exactUtf8Text(bytes);
  if (text !== null) return { text };
  return {
    text: bytes.toString('base64'),
    _encoding: 'base64',
    comment: 'The body is not UTF-8 text: "text" holds its bytes in base64 (see "_encoding").',
  };
}

function bodyFields(bytes: Buffer): { text: string; encoding?: 'base64' } {
  const text = exactUtf8Text(bytes);
  return text !== null ? { text } : { text: bytes.toString('base64'), encoding: 'base64' };
}
