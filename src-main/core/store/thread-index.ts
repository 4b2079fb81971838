// Which captures belong to which chat thread, kept beside the captures so the Conversations view
// covers all of history (not the newest N captures) and can page and search on the server. One row
// per (capture, thread, card) with the contact and text as the user reads them; written when a
// capture's analysis is stored, dropped with the capture.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Card } from '@shared/cards';
import { failingVerdicts } from '@shared/signature-types';

// Constants from the contract, not user input: safe to inline into the statement.
const failingVerdictsSql = failingVerdicts.map((verdict) => `'${verdict}'`).join(', ');

export interface ThreadRow {
  key: string;
  channel: string | null;
  contact: string | null;
  contactName: string | null;
  /** Summary of the newest card in the thread. */
  lastText: string | null;
  /** Newest capture in the thread: threads are ordered by it, and it is the paging cursor. */
  lastCaptureId: number;
  captureCount: number;
  /** Captures in the thread the sender's verifier would reject (verdict "fail" or "stale"). */
  failedSignatures: number;
}

export interface ThreadPage {
  threads: ThreadRow[];
  nextCursor: string | null;
}

/** Migration that creates the table and fills it from analyses stored before it existed. */
export const threadIndexMigration = `
  CREATE TABLE thread_items (
    capture_id   INTEGER NOT NULL,
    thread_key   TEXT    NOT NULL,
    channel      TEXT,
    contact      TEXT,
    contact_name TEXT,
    text         TEXT
  );
  CREATE INDEX thread_items_key ON thread_items(thread_key, capture_id);
  CREATE INDEX thread_items_capture ON thread_items(capture_id);
  INSERT INTO thread_items (capture_id, thread_key, channel, contact, contact_name, text)
    SELECT c.id,
           json_extract(card.value, '$.conversationKey'),
           json_extract(card.value, '$.channel'),
           CASE WHEN json_extract(card.value, '$.direction') = 'outbound'
                THEN json_extract(card.value, '$.to') ELSE json_extract(card.value, '$.from') END,
           CASE WHEN json_extract(card.value, '$.direction') = 'outbound'
                THEN json_extract(card.value, '$.toName') ELSE json_extract(card.value, '$.fromName') END,
           json_extract(card.value, '$.summary')
    FROM captures c, json_each(c.analysis, '$.cards') card
    WHERE c.analysis IS NOT NULL AND json_valid(c.analysis)
      AND json_extract(card.value, '$.conversationKey') IS NOT NULL;
`;

const MAX_TEXT = 500;

function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export class ThreadIndex {
  private readonly stmt: Record<'remove' | 'add' | 'latest' | 'stats', StatementSync>;

  constructor(private readonly db: DatabaseSync) {
    this.stmt = {
      remove: db.prepare('DELETE FROM thread_items WHERE capture_id = ?'),
      add: db.prepare(
        'INSERT INTO thread_items (capture_id, thread_key, channel, contact, contact_name, text) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      latest: db.prepare(
        `SELECT channel, contact, contact_name AS contactName, text FROM thread_items
         WHERE thread_key = ? ORDER BY capture_id DESC LIMIT 1`,
      ),
      stats: db.prepare(
        `SELECT count(DISTINCT t.capture_id) AS captures,
                count(DISTINCT CASE WHEN c.verdict IN (${failingVerdictsSql}) THEN t.capture_id END) AS failed,
                (SELECT contact_name FROM thread_items n WHERE n.thread_key = ?1 AND n.contact_name IS NOT NULL
                 ORDER BY n.capture_id DESC LIMIT 1) AS name,
                (SELECT contact FROM thread_items n WHERE n.thread_key = ?1 AND n.contact IS NOT NULL
                 ORDER BY n.capture_id DESC LIMIT 1) AS contact
         FROM thread_items t JOIN captures c ON c.id = t.capture_id WHERE t.thread_key = ?1`,
      ),
    };
  }

  /** Replaces the thread rows of one capture with those of its (re-)analysed cards. */
  replace(captureId: number, cards: readonly Card[]): void {
    this.stmt.remove.run(captureId);
    for (const card of cards) {
      if (card.conversationKey === null) continue;
      const outbound = card.direction === 'outbound';
      this.stmt.add.run(
        captureId,
        card.conversationKey,
        card.channel,
        outbound ? card.to : card.from,
        outbound ? card.toName : card.fromName,
        card.summary.slice(0, MAX_TEXT),
      );
    }
  }

  evictUpTo(captureId: number): void {
    this.db.prepare('DELETE FROM thread_items WHERE capture_id <= ?').run(captureId);
  }

  clear(): void {
    this.db.exec('DELETE FROM thread_items');
  }

  /**
   * Threads with the newest activity first. `query` matches the contact's number or name, the
   * thread key, or the text of any message in the thread (as read, case-insensitive for ASCII).
   */
  list(options: { query?: string; cursor?: string; limit?: number }): ThreadPage {
    const limit = Math.min(Math.max(options.limit ?? 100, 1), 500);
    const where: string[] = [];
    const params: (string | number)[] = [];
    const query = options.query?.trim();
    if (query) {
      const like = likePattern(query);
      where.push(
        `thread_key IN (SELECT thread_key FROM thread_items
           WHERE contact LIKE ?1 ESCAPE '\\' OR contact_name LIKE ?1 ESCAPE '\\' OR text LIKE ?1 ESCAPE '\\'
              OR thread_key LIKE ?1 ESCAPE '\\')`,
      );
      params.push(like);
    }
    const cursor = options.cursor ? Number.parseInt(options.cursor, 10) : Number.NaN;
    const having = Number.isFinite(cursor) ? `HAVING max(capture_id) < ${Math.trunc(cursor)}` : '';
    const rows = this.db
      .prepare(
        `SELECT thread_key AS key, max(capture_id) AS lastCaptureId FROM thread_items
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         GROUP BY thread_key ${having} ORDER BY lastCaptureId DESC LIMIT ${limit + 1}`,
      )
      .all(...params) as { key: string; lastCaptureId: number }[];
    const page = rows.slice(0, limit);
    return {
      threads: page.map((row) => this.describe(row.key, row.lastCaptureId)),
      nextCursor: rows.length > limit ? String(page[page.length - 1]!.lastCaptureId) : null,
    };
  }

  /** Capture ids of one thread, newest first, older than `before` when given. */
  captureIds(key: string, options: { before?: number; limit: number }): number[] {
    const rows = this.db
      .prepare(
        `SELECT DISTINCT capture_id AS id FROM thread_items WHERE thread_key = ? AND capture_id < ?
         ORDER BY capture_id DESC LIMIT ?`,
      )
      .all(key, options.before ?? Number.MAX_SAFE_INTEGER, options.limit) as { id: number }[];
    return rows.map((row) => row.id);
  }

  private describe(key: string, lastCaptureId: number): ThreadRow {
    const latest = this.stmt.latest.get(key) as
      | { channel: string | null; contact: string | null; contactName: string | null; text: string | null }
      | undefined;
    const stats = this.stmt.stats.get(key) as {
      captures: number;
      failed: number;
      name: string | null;
      contact: string | null;
    };
    return {
      key,
      channel: latest?.channel ?? null,
      contact: stats.contact,
      contactName: stats.name,
      lastText: latest?.text ?? null,
      lastCaptureId,
      captureCount: stats.captures,
      failedSignatures: stats.failed,
    };
  }
}
