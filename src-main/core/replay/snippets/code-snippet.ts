// "Copy as <language>": code that sends a request again with the exact body bytes. The request
// line and headers come from @readme/httpsnippet; the body is ours (see snippet-targets.ts).
import { HTTPSnippet, type HarRequest } from '@readme/httpsnippet';
import { snippetTargets, type CodeSnippet, type SnippetTargetId } from '@shared/snippet-types';
import { isPlainText } from '../body-text';
import { curlCommand } from '../curl-export';
import { isHopByHop } from '../outgoing-headers';
import { neutraliseInterpolation } from './interpolation';
import { BODY_PLACEHOLDER, libraryTargets } from './snippet-targets';

export interface SnippetRequest {
  method: string;
  url: string;
  headers: readonly [string, string][];
  body: Buffer;
}

export class SnippetUnavailable extends Error {}

/** Content types @readme/httpsnippet parses (and would rewrite) when it is told the body has them. */
const LIBRARY_PARSED_TYPES = new Set([
  'application/json',
  'application/x-json',
  'text/json',
  'text/x-json',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/mixed',
  'multipart/related',
  'multipart/alternative',
]);

/** Text is written as a literal; anything else (control characters, CR, invalid UTF-8) as bytes. */
function bodyMode(body: Buffer): CodeSnippet['body'] {
  if (body.length === 0) return 'none';
  return isPlainText(body) && !body.includes(0x0d) ? 'text' : 'bytes';
}

export function codeSnippet(req: SnippetRequest, targetId: SnippetTargetId): CodeSnippet {
  const info = snippetTargets.find((t) => t.id === targetId)!;
  const label = `${info.language} · ${info.label}`;
  const mode = bodyMode(req.body);
  const warnings: string[] = [];
  if (targetId === 'curl') return { target: targetId, label, code: curlCommand(req), body: mode, warnings };

  const spec = libraryTargets[targetId];
  if (mode === 'bytes' && !spec.bytes)
    throw new SnippetUnavailable(
      `${label} cannot carry this body exactly (it is not plain text); use cURL, Python, Node.js, Go, PHP or Ruby.`,
    );

  const headers = req.headers.filter(([name]) => !isHopByHop(name));
  const seen = new Set<string>();
  for (const [name] of headers) {
    const lower = name.toLowerCase();
    if (seen.has(lower))
      warnings.push(`"${name}" appears more than once; ${label} sends it once, with the last value.`);
    seen.add(lower);
  }
  const contentType = headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1];
  const har: HarRequest = {
    method: req.method.toUpperCase(),
    url: req.url,
    httpVersion: 'HTTP/1.1',
    cookies: [],
    headers: headers.map(([name, value]) => ({ name, value })),
    queryString: [],
    headersSize: -1,
    bodySize: req.body.length,
    // A neutral type, so the library keeps the body as an opaque string instead of parsing JSON
    // or form data (the Content-Type header still goes out as captured).
    postData:
      mode === 'none'
        ? { mimeType: 'application/octet-stream' }
        : { mimeType: 'application/octet-stream', text: BODY_PLACEHOLDER },
  };
  const snippet = new HTTPSnippet(har);
  snippet.init();
  // Targets that state a media type next to the body (C#, OkHttp, PowerShell) name the real one.
  // Types the library would parse (JSON, forms) are named only after the code is generated: given
  // to it, they make it re-serialise the body or drop it.
  const parsedByLibrary = contentType !== undefined && LIBRARY_PARSED_TYPES.has(contentType);
  if (contentType && !parsedByLibrary)
    for (const r of (snippet as unknown as { requests: { postData?: { mimeType?: string } }[] }).requests)
      if (r.postData) r.postData.mimeType = contentType;
  const converted = snippet.convert(spec.target, spec.client, { indent: '  ' });
  let code = Array.isArray(converted) ? converted[0] : converted;
  if (typeof code !== 'string') throw new SnippetUnavailable(`${label} is not available.`);
  if (spec.adapt) code = spec.adapt(code, har.method);
  code = neutraliseInterpolation(code, spec.target);
  // Safe to splice: these types are fixed strings without quotes.
  if (parsedByLibrary && mode !== 'none') code = code.split('application/octet-stream').join(contentType);
  if (mode !== 'none') {
    const before = code;
    code = mode === 'text' ? spec.text(code, req.body.toString('utf8')) : spec.bytes!(code, req.body);
    if (code === before || code.includes(BODY_PLACEHOLDER))
      throw new SnippetUnavailable(`${label} could not be given this body exactly.`);
  }
  return { target: targetId, label, code, body: mode, warnings };
}
