// Hookscope's own JSON export: every stored field, bodies always base64 (exact bytes, no judgement
// about text), timestamps in UTC ISO-8601 with µs.
import type { ExportableCapture } from './har-export';
import { microsToIso } from '../store/clock';
import { jsonArrayFrame, type JsonArrayFrame } from './json-array-stream';

export function jsonExport(
  captures: readonly ExportableCapture[],
  exportedAtUs: number,
  version: string,
): string {
  const frame = jsonExportFrame(exportedAtUs, version);
  return (
    frame.head + captures.map((c, i) => frame.item(i, jsonCapture(c))).join('') + frame.tail(captures.length)
  );
}

/** The document around its captures, for writing captures one at a time (exports to a file). */
export function jsonExportFrame(exportedAtUs: number, version: string): JsonArrayFrame {
  return jsonArrayFrame((captures) => ({
    format: 'hookscope-captures',
    version: 1,
    creator: { name: 'Hookscope', version },
    exportedAt: microsToIso(exportedAtUs),
    captures,
  }));
}

export function jsonCapture(c: ExportableCapture): unknown {
  return {
    id: c.id,
    receivedAt: microsToIso(c.receivedAtUs),
    method: c.method,
    path: c.path,
    httpVersion: c.httpVersion,
    remoteAddress: c.remoteAddress,
    headers: c.headers,
    bodyBase64: c.body.toString('base64'),
    bodySize: c.bodySize,
    bodyTruncated: c.bodyTruncated,
    contentType: c.contentType,
    status: c.status,
    responseHeaders: c.responseHeaders,
    responseBodyBase64: c.responseBody.toString('base64'),
    kind: c.kind,
    note: c.note,
    provider: c.provider,
    verdict: c.verdict,
    summary: c.summary,
  };
}
