// Export of a selection (or everything) as HAR, Hookscope JSON or a script of curl commands.
import type { ExportResult } from '../../shared/replay-types';
import { microsToIso } from '../store/clock';
import { captureUrl } from './capture-url';
import { curlCommand, shellComment } from './curl-export';
import { harExport, type ExportableCapture } from './har-export';
import { jsonExport } from './json-export';

export interface ExportOptions {
  format: 'har' | 'json' | 'curl';
  /** Base URL for request URLs (HAR, when the Host header is missing) and for curl targets. */
  baseUrl: string;
  version: string;
  nowUs: number;
}

export function exportCaptures(captures: readonly ExportableCapture[], options: ExportOptions): ExportResult {
  const warnings: string[] = [];
  const truncated = captures.filter((c) => c.bodyTruncated).map((c) => `#${c.id}`);
  if (truncated.length) {
    warnings.push(
      `Only part of the body was kept for ${truncated.slice(0, 10).join(', ')}${truncated.length > 10 ? '…' : ''}; the export holds that part.`,
    );
  }
  const stamp = microsToIso(options.nowUs).slice(0, 19).replace(/:/g, '-') + 'Z';
  switch (options.format) {
    case 'har':
      return {
        format: 'har',
        fileName: `hookscope-${stamp}.har`,
        mimeType: 'application/json',
        text: harExport(captures, { baseUrl: options.baseUrl, creatorVersion: options.version }),
        count: captures.length,
        warnings,
      };
    case 'json':
      return {
        format: 'json',
        fileName: `hookscope-${stamp}.json`,
        mimeType: 'application/json',
        text: jsonExport(captures, options.nowUs, options.version),
        count: captures.length,
        warnings,
      };
    case 'curl': {
      const text = captures
        .map((c) => {
          // Not normalised through URL(): the path goes out byte for byte as it was received.
          const url = captureUrl({ path: c.path, headers: [] }, options.baseUrl);
          return `${shellComment(`#${c.id} ${c.method} received ${microsToIso(c.receivedAtUs)}`)}\n${curlCommand({ method: c.method, url, headers: c.headers, body: c.body })}\n`;
        })
        .join('\n');
      return {
        format: 'curl',
        fileName: `hookscope-${stamp}.sh`,
        mimeType: 'text/x-shellscript',
        text,
        count: captures.length,
        warnings,
      };
    }
  }
}
