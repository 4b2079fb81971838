// Writes an export to a file on a worker thread (worker-main.ts), with its own read-only database
// connection. Rows are read a page at a time, each page in its own short read transaction (a long
// one would keep the WAL from starting over), and written with the file stream's backpressure, so
// memory stays at one page however many captures are exported.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { DatabaseSync } from 'node:sqlite';
import { SELECT_CAPTURE_ROWS, captureFromRow, type RawRow } from '../store/capture-store';
import { exportWriter, truncatedWarning, type ExportOptions } from './export-captures';

export interface ExportFileJob extends ExportOptions {
  dbPath: string;
  file: string;
  /** The selection, or null for every stored capture. */
  ids: number[] | null;
}

export type ExportWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; count: number; bytes: number; warnings: string[] }
  | { type: 'failed'; error: string };

const PAGE = 200;

export async function writeExportFile(
  job: ExportFileJob,
  post: (message: ExportWorkerMessage) => void,
): Promise<void> {
  const db = new DatabaseSync(job.dbPath, { readOnly: true });
  const out = createWriteStream(job.file, { mode: 0o600 });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  };
  try {
    const writer = exportWriter(job);
    const ids = job.ids ? [...new Set(job.ids)].sort((a, b) => a - b) : null;
    const total = ids
      ? ids.length
      : (db.prepare('SELECT count(*) AS n FROM captures').get() as { n: number }).n;
    const truncated: number[] = [];
    const found = new Set<number>();
    let count = 0;
    await write(writer.head);
    const after = db.prepare(`${SELECT_CAPTURE_ROWS} WHERE captures.id > ? ORDER BY captures.id LIMIT ?`);
    let lastId = 0;
    for (let page = 0; ; page++) {
      let rows: RawRow[];
      if (ids) {
        const chunk = ids.slice(page * PAGE, (page + 1) * PAGE);
        if (chunk.length === 0) break;
        rows = db
          .prepare(
            `${SELECT_CAPTURE_ROWS} WHERE captures.id IN (${chunk.map(() => '?').join(',')}) ORDER BY captures.id`,
          )
          .all(...chunk) as unknown as RawRow[];
      } else {
        rows = after.all(lastId, PAGE) as unknown as RawRow[];
        if (rows.length === 0) break;
        lastId = rows[rows.length - 1]!.id;
      }
      let text = '';
      for (const row of rows) {
        const capture = captureFromRow(row, db);
        found.add(capture.id);
        if (capture.bodyTruncated) truncated.push(capture.id);
        text += writer.item(count++, capture);
      }
      await write(text);
      post({ type: 'progress', done: ids ? Math.min(total, (page + 1) * PAGE) : count, total });
    }
    await write(writer.tail(count));
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
    const warnings: string[] = [];
    const partial = truncatedWarning(truncated);
    if (partial) warnings.push(partial);
    const missing = ids ? ids.filter((id) => !found.has(id)) : [];
    if (missing.length) {
      const listed = missing.slice(0, 20).map((id) => `#${id}`);
      warnings.push(`Not found (cleared or evicted): ${listed.join(', ')}${missing.length > 20 ? '…' : ''}.`);
    }
    post({ type: 'done', count, bytes: out.bytesWritten, warnings });
  } catch (error) {
    out.destroy();
    throw error;
  } finally {
    db.close();
  }
}
