// Export of a selection (or everything) as HAR, Hookscope JSON or a script of curl commands.
import type { ExportResult } from '@shared/replay-types';
import { microsToIso } from '../store/clock';
import { captureUrl } from './capture-url';
import { curlCommand, shellComment } from './curl-export';
import { harEntry, harFrame, type ExportableCapture } from './har-export';
import { jsonCapture, jsonExportFrame } from './json-export';

export interface ExportOptions {
  format: 'har' | 'json' | 'curl';
  /** Base URL for request URLs (HAR, when the Host header is missing) and for curl targets. */
  baseUrl: string;
  version: string;
  nowUs: number;
}

export interface ExportWriter {
  head: string;
  item(index: number, capture: ExportableCapture): string;
  tail(count: number): string;
}

/** The export's text in pieces, so a file export can write one capture at a time. */
export function exportWriter(options: ExportOptions): ExportWriter {
  switch (options.format) {
    case 'har': {
      const frame = harFrame(options.version);
      return {
        head: frame.head,
        item: (i, c) => frame.item(i, harEntry(c, options.baseUrl)),
        tail: frame.tail,
      };
    }
    case 'json': {
      const frame = jsonExportFrame(options.nowUs, options.version);
      return { head: frame.head, item: (i, c) => frame.item(i, jsonCapture(c)), tail: frame.tail };
    }
    case 'curl':
      return {
        head: '',
        item: (i, c) => {
          // Not normalised through URL(): the path goes out byte for byte as it was received.
          const url = captureUrl({ path: c.path, headers: [] }, options.baseUrl);
          const comment = shellComment(`#${c.id} ${c.method} received ${microsToIso(c.receivedAtUs)}`);
          return `${i > 0 ? '\n' : ''}${comment}\n${curlCommand({ method: c.method, url, headers: c.headers, body: c.body })}\n`;
        },
        tail: () => '',
      };
  }
}

export function exportFileName(options: Pick<ExportOptions, 'format' | 'nowUs'>): {
  fileName: string;
  mimeType: string;
} {
  const stamp = microsToIso(options.nowUs).slice(0, 19).replace(/:/g, '-') + 'Z';
  const ext = { har: 'har', json: 'json', curl: 'sh' }[options.format];
  return {
    fileName: `hookscope-${stamp}.${ext}`,
    mimeType: options.format === 'curl' ? 'text/x-shellscript' : 'application/json',
  };
}

/** The note added when some captures only have the first part of their body. */
export function truncatedWarning(ids: number[]): string | null {
  if (ids.length === 0) return null;
  const listed = ids.slice(0, 10).map((id) => `#${id}`);
  return `Only part of the body was kept for ${listed.join(', ')}${ids.length > 10 ? '…' : ''}; the export holds that part.`;
}

/** A small export as one string (a single capture's curl command, a few selected captures). */
export function exportCaptures(captures: readonly ExportableCapture[], options: ExportOptions): ExportResult {
  const warning = truncatedWarning(captures.filter((c) => c.bodyTruncated).map((c) => c.id));
  const writer = exportWriter(options);
  return {
    format: options.format,
    ...exportFileName(options),
    text: writer.head + captures.map((c, i) => writer.item(i, c)).join('') + writer.tail(captures.length),
    count: captures.length,
    warnings: warning ? [warning] : [],
  };
}
