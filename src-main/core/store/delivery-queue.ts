// Forward deliveries still to be made, one row per (capture, target), kept beside the captures so a
// burst larger than memory, a slow handler or a restart never loses one. Rows are read per target
// in the order they were queued (seq), a few at a time: memory holds a window, the disk holds the rest.
import type { DatabaseSync, StatementSync } from 'node:sqlite';

export interface QueuedDelivery {
  seq: number;
  captureId: number;
  targetId: string;
}

/** Migration that creates the table. The watermark starts at the newest capture: history is not forwarded. */
export const deliveryQueueMigration = `
  CREATE TABLE forward_queue (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    capture_id INTEGER NOT NULL,
    target_id  TEXT    NOT NULL
  );
  CREATE INDEX forward_queue_target ON forward_queue(target_id, seq);
  INSERT OR REPLACE INTO meta (key, value)
    SELECT 'forward_watermark', coalesce(max(id), 0) FROM captures;
`;

const WATERMARK = 'forward_watermark';

export class DeliveryQueue {
  private readonly stmt: Record<
    'add' | 'next' | 'remove' | 'targets' | 'count' | 'getMark' | 'setMark',
    StatementSync
  >;

  constructor(private readonly db: DatabaseSync) {
    this.stmt = {
      add: db.prepare('INSERT INTO forward_queue (capture_id, target_id) VALUES (?, ?)'),
      next: db.prepare(
        'SELECT seq, capture_id, target_id FROM forward_queue WHERE target_id = ? AND seq > ? ORDER BY seq LIMIT ?',
      ),
      remove: db.prepare('DELETE FROM forward_queue WHERE seq = ?'),
      targets: db.prepare('SELECT DISTINCT target_id FROM forward_queue'),
      count: db.prepare('SELECT count(*) AS n FROM forward_queue'),
      getMark: db.prepare('SELECT value FROM meta WHERE key = ?'),
      setMark: db.prepare(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      ),
    };
  }

  /**
   * Queue deliveries and move the watermark (the newest capture whose forwarding was decided) in
   * one transaction: a capture acknowledged just before a crash is decided again at the next start.
   */
  add(deliveries: readonly Omit<QueuedDelivery, 'seq'>[], decidedThrough: number | null): void {
    this.inTransaction(() => {
      for (const d of deliveries) this.stmt.add.run(d.captureId, d.targetId);
      if (decidedThrough !== null && decidedThrough > this.watermark())
        this.stmt.setMark.run(WATERMARK, String(decidedThrough));
    });
  }

  /** The next deliveries to one target after `afterSeq`, oldest first. */
  next(targetId: string, afterSeq: number, limit: number): QueuedDelivery[] {
    return (
      this.stmt.next.all(targetId, afterSeq, limit) as {
        seq: number;
        capture_id: number;
        target_id: string;
      }[]
    ).map((r) => ({ seq: r.seq, captureId: r.capture_id, targetId: r.target_id }));
  }

  remove(seqs: readonly number[]): void {
    this.inTransaction(() => {
      for (const seq of seqs) this.stmt.remove.run(seq);
    });
  }

  /** Targets with deliveries waiting (at start-up, after a restart). */
  targets(): string[] {
    return (this.stmt.targets.all() as { target_id: string }[]).map((r) => r.target_id);
  }

  pending(): number {
    return (this.stmt.count.get() as { n: number }).n;
  }

  /** The newest capture whose forwarding was decided (queued or skipped). */
  watermark(): number {
    return Number((this.stmt.getMark.get(WATERMARK) as { value: string } | undefined)?.value ?? 0);
  }

  clear(): void {
    this.db.exec('DELETE FROM forward_queue');
  }

  private inTransaction(fn: () => void): void {
    // Inside the store's own transaction (clear, retention) the statements simply join it.
    if (this.db.isTransaction) return fn();
    this.db.exec('BEGIN IMMEDIATE');
    try {
      fn();
      this.db.exec('COMMIT');
    } catch (error) {
      // SQLite may already have rolled back by itself (disk full): a second ROLLBACK would throw.
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }
}
