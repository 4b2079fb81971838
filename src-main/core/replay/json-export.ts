// Hookscope's own JSON export: every stored field, bodies always base64 (exact bytes, no judgement
// about text), timestamps in UTC ISO-8601 with µs.
import type { ExportableCapture } from './har-export';
import { microsToIso } from '../store/clock';

export function jsonExport(
  captures: readonly ExportableCapture[],
  exportedAtUs: number,
  version: string,
): string {
  return JSON.stringify(
    {
      format: 'hookscope-captures',
      version: 1,
      creator: { name: 'Hookscope', version },
      exportedAt: microsToIso(exportedAtUs),
      captures: captures.map((c) => ({
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
      })),
    },
    null,
    2,
  );
}
