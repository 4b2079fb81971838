// CaptureStore: every request, byte-exact, in node:sqlite.
//
// Why it is shaped like this (measured, see ARCHITECTURE.md §4):
// - Inserts made during one event-loop turn are committed together in one transaction
//   (`insert()` resolves after that commit). The receiver acknowledges only after the promise
//   resolves, so "got a 2xx" implies "committed" while one commit serves many requests.
// - The full-text index is built in the background from a watermark, off the acknowledgement
//   path; a search first indexes whatever is still pending, so results are never stale.
// - WAL with synchronous=NORMAL: a commit survives the process being killed (kill -9); only an
//   OS crash or power loss can drop the last commits. HOOKSCOPE_SYNC=FULL trades speed for that.
import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { CaptureKind, HeaderPair } from '@shared/types';
import type { CaptureOrigin, SendOutcome } from '@shared/replay-types';
import { migrations } from './schema';
import { toFtsQuery } from './fts-query';
import { DeliveryQueue } from './delivery-queue';
import { ThreadIndex } from './thread-index';
import type { Card } from '@shared/cards';
import { headerValue, searchableText } from '../decoders/content';
import type { OutcomeBits } from '../replay/forward-brief';

/**
 * The list's view of the forward outcomes: status, time and error code of each, read inside SQLite
 * so a page of rows never parses the handlers' stored answers.
 */
const FORWARD_BITS_SQL = `(SELECT json_group_array(json_object(
    'status', json_extract(f.value, '$.response.status'),
    'durationMs', json_extract(f.value, '$.durationMs'),
    'errorCode', json_extract(f.value, '$.error.code')))
  FROM json_each(captures.forwards) AS f) AS forward_bits`;
import { Checkpointer } from './checkpointer';
import { BODY_RAW, compressBody, decompressBody, storedForm, type BodyCodec } from './body-codec';
import { EXTERNAL_BODY_BYTES, PART_BYTES, deleteOrphanParts, nextBodyId, readBodyParts } from './body-parts';
import { DEFAULT_WAL_POLICY, WalKeeper, type WalPolicy } from './wal-keeper';

/** Full capture rows with their stored analysis (its own table, schema.ts migration 15). */
export const SELECT_CAPTURE_ROWS = `SELECT captures.*, capture_analysis.codec AS analysis_codec,
    capture_analysis.data AS analysis
  FROM captures LEFT JOIN capture_analysis ON capture_analysis.capture_id = captures.id`;

export interface NewCapture {
  receivedAtUs: number;
  method: string;
  path: string;
  httpVersion: string;
  remoteAddress: string;
  headers: HeaderPair[];
  body: Buffer;
  bodySize: number;
  bodyTruncated: boolean;
  contentType: string | null;
  status: number;
  responseHeaders: HeaderPair[];
  responseBody: Buffer;
  kind: CaptureKind;
  note: string | null;
  /** Set for replays, imports and test events; absent for what the receiver got from the network. */
  origin?: CaptureOrigin | null;
  /** Trailer fields after a chunked body, in received order (absent or empty: none). */
  trailers?: HeaderPair[];
}

export interface CaptureAnalysisColumns {
  /** The provider that signs it (signer vocabulary: meta, stripe…). */
  provider: string | null;
  /** The payload family its body decodes as (whatsapp-cloud, socialhook…). */
  payloadFamily: string | null;
  verdict: string | null;
  summary: string | null;
  duplicateOf: number | null;
  /** Age of the signed timestamp at capture (seconds) when the verdict is `stale`, else null. */
  timestampAge: number | null;
  /** Full derived analysis (signature report, cards…) as JSON-serialisable data. */
  analysis: unknown;
}

export interface CaptureRow extends NewCapture, CaptureAnalysisColumns {
  id: number;
  providerOverride: string | null;
  origin: CaptureOrigin | null;
  forwards: SendOutcome[];
}

export type CaptureListRow = Omit<
  CaptureRow,
  'body' | 'responseBody' | 'responseHeaders' | 'analysis' | 'providerOverride' | 'forwards'
> & {
  /** The forward outcomes' status, time and error code, without their bodies. */
  forwardBits: OutcomeBits[];
};

export interface ListQuery {
  verdicts?: string[];
  provider?: string;
  payloadFamily?: string;
  query?: string;
  cursor?: string;
  limit?: number;
  method?: string;
  pathPrefix?: string;
  /** An exact status (404) or a class ("4xx"). */
  status?: number | StatusClass;
}

export interface CaptureListPage {
  items: CaptureListRow[];
  nextCursor: string | null;
  total: number;
  /** Captures a search could not see yet (still being indexed in the background); 0 without a query. */
  unindexed: number;
}

export type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

export interface RetentionLimits {
  maxCaptures: number;
  maxBytes: number;
}

export interface CaptureStoreOptions {
  retention?: () => RetentionLimits;
  synchronous?: 'NORMAL' | 'FULL';
  onBackgroundError?: (message: string) => void;
  /** When the WAL is checkpointed, started over and truncated (wal-keeper.ts). */
  wal?: Partial<WalPolicy>;
  /** Called (batched) after new rows are committed, with the rows as stored (no read-back needed). */
  onCommitted?: (rows: CaptureRow[]) => void;
}

interface PendingInsert {
  capture: NewCapture;
  /** Set when the body was written in parts beforehand (body-parts.ts). */
  bodyId: number | null;
  /** What the row's `body` column gets: the body compressed (body-codec.ts), as is, or nothing (parts). */
  storedBody: Buffer;
  bodyCodec: BodyCodec;
  resolve: (id: number) => void;
  reject: (error: Error) => void;
}

/** Rows read per step while indexing: about what one 4 ms slice gets through. */
const INDEX_BATCH = 32;
const MAX_BATCH = 32;
const FTS_BODY_CHARS = 1_000_000;
/**
 * What a search indexes of the backlog before it answers, in one transaction: a few rows always,
 * then up to 1 ms. The receiver accepts one new connection per turn of the loop (libuv), so every
 * millisecond a search holds the loop delays each webhook sender still connecting after a burst.
 */
const SEARCH_INDEX_MIN_ROWS = 16;
const SEARCH_INDEX_MS = 1;
/** Pages of the full-text index one merge step writes (a fraction of a millisecond). */
const FTS_MERGE_PAGES = 16;
/**
 * Indexing a body stored in parts (its first 1M characters) is one FTS insert of 15–20 ms that
 * cannot be sliced: it waits for a pause in requests, at most this long.
 */
const LARGE_BODY_INDEX_PATIENCE_MS = 10_000;

export class CaptureStore {
  private readonly db: DatabaseSync;
  private readonly stmt: Record<string, StatementSync>;
  private pending: PendingInsert[] = [];
  private commitScheduled = false;
  private closed = false;
  /** performance.now() of the last insert: lets background work back off while requests flow. */
  lastInsertAt = 0;
  private readonly checkpointer: Checkpointer;
  private readonly walKeeper: WalKeeper;
  /** True while a RESTART/TRUNCATE runs on the worker: write transactions wait for it. */
  private writesHeld = false;
  private afterHold: (() => void)[] = [];
  /** Large bodies waiting to write their next part until writes are allowed again. */
  private partWriters: (() => void)[] = [];
  private count = 0;
  private readonly pageSize: number;
  /** The id the next body stored in parts gets. */
  private nextBodyId: number;
  /** performance.now() since when indexing has been waiting before a body stored in parts. */
  private largeBodyWaitingSince: number | null = null;
  /** Chat threads over every stored capture (Conversations view). */
  readonly threads: ThreadIndex;
  /** Forward deliveries still to be made, per target, in order. */
  readonly deliveries: DeliveryQueue;

  /** The database file (workers open their own connections to it). */
  readonly file: string;

  constructor(
    readonly dataDir: string,
    private readonly options: CaptureStoreOptions = {},
  ) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const file = join(dataDir, 'captures.sqlite');
    this.file = file;
    // Created 0600 before SQLite opens it: its -wal and -shm files copy the database file's mode.
    closeSync(openSync(file, 'a', 0o600));
    chmodSync(file, 0o600);
    this.db = new DatabaseSync(file);
    // page_size must be set before the first table exists to take effect.
    this.db.exec('PRAGMA page_size = 8192');
    try {
      // The first statement that reads the file: a damaged database fails here.
      this.db.exec('PRAGMA journal_mode = WAL');
      this.db.prepare('SELECT count(*) FROM sqlite_schema').get();
    } catch (error) {
      this.db.close();
      throw damagedDatabaseError(file, error);
    }
    this.db.exec(`PRAGMA synchronous = ${options.synchronous ?? syncFromEnv()}`);
    this.db.exec('PRAGMA foreign_keys = OFF');
    // Checkpoints copy the WAL into the database file and fsync: a worker thread does them
    // (wal-keeper.ts) instead of whichever insert commit happens to cross the threshold.
    this.db.exec('PRAGMA wal_autocheckpoint = 0');
    // When the WAL starts over after a checkpoint, the file is cut back to this size.
    const walPolicy = { ...DEFAULT_WAL_POLICY, ...options.wal };
    this.db.exec(`PRAGMA journal_size_limit = ${walPolicy.restartAtBytes}`);
    // Only a user action that writes while a worker checkpoint holds the write lock ever waits
    // here (commits and background work are held back instead, see wal-keeper.ts).
    this.db.exec('PRAGMA busy_timeout = 5000');
    this.migrate();
    deleteOrphanParts(this.db);
    this.nextBodyId = nextBodyId(this.db);
    this.threads = new ThreadIndex(this.db);
    this.deliveries = new DeliveryQueue(this.db);
    this.checkpointer = new Checkpointer(file, options.onBackgroundError);
    const pageSize = (this.db.prepare('PRAGMA page_size').get() as { page_size: number }).page_size;
    this.pageSize = pageSize;
    this.walKeeper = new WalKeeper(
      this.checkpointer,
      {
        hold: () => (this.writesHeld = true),
        release: () => this.releaseWrites(),
      },
      pageSize + 24,
      () => statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0,
      walPolicy,
    );
    this.stmt = this.prepareStatements();
    this.count = (this.stmt.totals!.get() as { n: number }).n;
  }

  private migrate(): void {
    const current = (this.db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
    if (current > migrations.length) {
      throw new Error(
        `The capture database in ${this.dataDir} was written by a newer Hookscope (schema ${current}). ` +
          'Update Hookscope or choose another data directory.',
      );
    }
    for (let version = current; version < migrations.length; version++) {
      this.db.exec('BEGIN');
      try {
        this.db.exec(migrations[version]!);
        this.db.exec(`PRAGMA user_version = ${version + 1}`);
        this.db.exec('COMMIT');
      } catch (error) {
        this.rollbackIfOpen();
        throw error;
      }
    }
  }

  /**
   * SQLite ends the transaction by itself on some errors (disk full, I/O error): a second ROLLBACK
   * would then throw "no transaction is active" and hide the real cause.
   */
  private rollbackIfOpen(): void {
    if (this.db.isTransaction) this.db.exec('ROLLBACK');
  }

  private prepareStatements(): Record<string, StatementSync> {
    const db = this.db;
    return {
      insert: db.prepare(
        `INSERT INTO captures (received_at_us, method, path, http_version, remote_address, headers, body,
           body_size, body_truncated, content_type, status, response_headers, response_body, kind, note, stored_bytes,
           origin, replay_of, trailers, body_parts, body_codec)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      addPart: db.prepare('INSERT INTO body_parts (body_id, seq, data, codec) VALUES (?, ?, ?, ?)'),
      get: db.prepare(`${SELECT_CAPTURE_ROWS} WHERE captures.id = ?`),
      totals: db.prepare('SELECT count(*) AS n FROM captures'),
      freePages: db.prepare('PRAGMA freelist_count'),
      setAnalysis: db.prepare(
        'UPDATE captures SET provider = ?, payload_family = ?, verdict = ?, summary = ?, duplicate_of = ?, timestamp_age = ?, analysis_version = ? WHERE id = ?',
      ),
      storeAnalysis: db.prepare(
        `INSERT INTO capture_analysis (capture_id, codec, data) VALUES (?, ?, ?)
         ON CONFLICT (capture_id) DO UPDATE SET codec = excluded.codec, data = excluded.data`,
      ),
      getMeta: db.prepare('SELECT value FROM meta WHERE key = ?'),
      setMeta: db.prepare(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      ),
      toIndex: db.prepare(
        'SELECT id, path, headers, body, body_codec, body_parts, content_type FROM captures WHERE id > ? ORDER BY id LIMIT ?',
      ),
      ftsInsert: db.prepare('INSERT INTO captures_fts (rowid, path, headers, body) VALUES (?, ?, ?, ?)'),
      ftsMerge: db.prepare(
        `INSERT INTO captures_fts (captures_fts, rank) VALUES ('merge', ${FTS_MERGE_PAGES})`,
      ),
      totalChanges: db.prepare('SELECT total_changes() AS n'),
      findKey: db.prepare('SELECT capture_id FROM dedupe_keys WHERE key = ?'),
      addKey: db.prepare('INSERT OR IGNORE INTO dedupe_keys (key, capture_id) VALUES (?, ?)'),
      oldestIds: db.prepare('SELECT id FROM captures ORDER BY id LIMIT ?'),
    };
  }

  /** Queue a capture; resolves with its id once it is committed to disk. */
  insert(capture: NewCapture): Promise<number> {
    if (this.closed) return Promise.reject(new Error('The capture store is closed.'));
    this.lastInsertAt = performance.now();
    if (capture.body.length > EXTERNAL_BODY_BYTES) return this.insertInParts(capture);
    // Compressed now, so the row is written once at its final size: compressing it later shrank
    // rows already packed into pages, and left those pages half empty. zstd of a few KB costs tens
    // of µs; of the largest in-row body (256 KB), about a millisecond.
    const stored = storedForm(capture.body);
    return this.queueRow(capture, null, stored.data, stored.codec);
  }

  private queueRow(
    capture: NewCapture,
    bodyId: number | null,
    storedBody: Buffer,
    bodyCodec: BodyCodec,
  ): Promise<number> {
    return new Promise((resolve, reject) => {
      this.pending.push({ capture, bodyId, storedBody, bodyCodec, resolve, reject });
      // A full batch commits at once, so its answers go out while the rest of this turn's
      // requests are still being read (the client and the receiver keep overlapping).
      if (this.pending.length >= MAX_BATCH) this.flush();
      else if (!this.commitScheduled) {
        this.commitScheduled = true;
        setImmediate(() => {
          this.commitScheduled = false;
          this.flush();
        });
      }
    });
  }

  /**
   * A large body is written part by part, each part its own transaction on its own turn of the
   * loop (requests arriving meanwhile are read and committed between them); then its row joins the
   * next batch, and that commit is the acknowledgement, as for any capture.
   */
  private async insertInParts(capture: NewCapture): Promise<number> {
    const bodyId = this.nextBodyId++;
    try {
      for (let seq = 0; seq * PART_BYTES < capture.body.length; seq++) {
        await this.nextWriteTurn();
        if (this.closed) throw new Error('The capture store is closed.');
        // A few ms per part on this turn; parts that do not shrink (media, archives) stay raw.
        const part = storedForm(capture.body.subarray(seq * PART_BYTES, (seq + 1) * PART_BYTES));
        this.db.exec('BEGIN IMMEDIATE');
        try {
          this.stmt.addPart!.run(bodyId, seq, part.data, part.codec);
          this.db.exec('COMMIT');
        } catch (error) {
          this.rollbackIfOpen();
          throw error;
        }
        this.walKeeper.noteCommit(part.data.length);
      }
    } catch (error) {
      this.dropParts(bodyId);
      throw error;
    }
    return this.queueRow(capture, bodyId, EMPTY_BODY, BODY_RAW);
  }

  /** A later turn of the loop on which writing is allowed (not while a checkpoint holds writes). */
  private nextWriteTurn(): Promise<void> {
    return new Promise((resolve) =>
      setImmediate(() => (this.writesHeld && !this.closed ? this.partWriters.push(resolve) : resolve())),
    );
  }

  /** Parts of a body whose row was never committed; what a failing disk leaves, the next start removes. */
  private dropParts(bodyId: number): void {
    try {
      this.db.prepare('DELETE FROM body_parts WHERE body_id = ?').run(bodyId);
    } catch {
      // deleteOrphanParts at the next start.
    }
  }

  /** Commit everything queued now (also called on quit). Waits while a checkpoint holds writes. */
  flush(): void {
    if (this.writesHeld && !this.closed) return;
    const batch = this.pending;
    if (batch.length === 0) return;
    let committedBytes = 0;
    this.pending = [];
    const ids: number[] = [];
    try {
      this.db.exec('BEGIN IMMEDIATE');
      for (const { capture, bodyId, storedBody, bodyCodec } of batch) {
        const storedBytes = rowCost(capture);
        const result = this.stmt.insert!.run(
          capture.receivedAtUs,
          capture.method,
          capture.path,
          capture.httpVersion,
          capture.remoteAddress,
          JSON.stringify(capture.headers),
          storedBody,
          capture.bodySize,
          capture.bodyTruncated ? 1 : 0,
          capture.contentType,
          capture.status,
          JSON.stringify(capture.responseHeaders),
          capture.responseBody,
          capture.kind,
          capture.note,
          storedBytes,
          capture.origin ? JSON.stringify(capture.origin) : null,
          capture.origin?.kind === 'replay' ? capture.origin.replayOf : null,
          capture.trailers?.length ? JSON.stringify(capture.trailers) : null,
          bodyId,
          bodyCodec,
        );
        ids.push(Number(result.lastInsertRowid));
        this.count++;
        committedBytes += storedBytes;
      }
      this.enforceRetention();
      this.db.exec('COMMIT');
    } catch (error) {
      this.rollbackIfOpen();
      this.count = (this.stmt.totals!.get() as { n: number }).n;
      const err = error instanceof Error ? error : new Error(String(error));
      for (const p of batch) {
        if (p.bodyId !== null) this.dropParts(p.bodyId);
        p.reject(err);
      }
      return;
    }
    this.walKeeper.noteCommit(committedBytes);
    batch.forEach((p, i) => p.resolve(ids[i]!));
    this.options.onCommitted?.(
      batch.map((p, i) => ({
        ...p.capture,
        id: ids[i]!,
        provider: null,
        payloadFamily: null,
        verdict: null,
        summary: null,
        duplicateOf: null,
        timestampAge: null,
        analysis: null,
        providerOverride: null,
        origin: p.capture.origin ?? null,
        forwards: [],
      })),
    );
  }

  /**
   * Evict the oldest captures beyond the retention limits. Runs inside the insert transaction.
   * The size limit counts the files on disk (usedBytes), so compression, the analysis and the
   * search index are all in it. What one row takes there is not known, so the rows to evict are
   * the excess divided by the average row; the pages they free are reused by the next writes, so
   * the files stop growing.
   */
  private enforceRetention(): void {
    const limits = this.options.retention?.();
    if (!limits) return;
    const excessCount = Math.max(0, this.count - limits.maxCaptures);
    const used = this.usedBytes();
    const excessBytes = Math.max(0, used - limits.maxBytes);
    if (excessCount === 0 && excessBytes === 0) return;
    const rowsForBytes = excessBytes > 0 ? Math.ceil(excessBytes / (used / Math.max(1, this.count))) : 0;
    // The oldest rows until both limits hold again, never the newest capture.
    const evict = Math.min(Math.max(excessCount, rowsForBytes), this.count - 1);
    if (evict <= 0) return;
    const candidates = this.stmt.oldestIds!.all(evict) as { id: number }[];
    const cutoff = candidates[candidates.length - 1]?.id ?? 0;
    this.count -= candidates.length;
    if (cutoff === 0) return;
    this.db
      .prepare(
        'DELETE FROM body_parts WHERE body_id IN (SELECT body_parts FROM captures WHERE id <= ? AND body_parts IS NOT NULL)',
      )
      .run(cutoff);
    this.db.prepare('DELETE FROM captures WHERE id <= ?').run(cutoff);
    this.db.prepare('DELETE FROM capture_analysis WHERE capture_id <= ?').run(cutoff);
    this.db.prepare('DELETE FROM captures_fts WHERE rowid <= ?').run(cutoff);
    this.db.prepare('DELETE FROM dedupe_keys WHERE capture_id <= ?').run(cutoff);
    this.threads.evictUpTo(cutoff);
  }

  get(id: number): CaptureRow | null {
    const row = this.stmt.get!.get(id) as RawRow | undefined;
    return row ? captureFromRow(row, this.db) : null;
  }

  /**
   * The capture without its request body, and whether that body is stored in parts (large: the
   * caller leaves reading it to a worker).
   */
  getHead(id: number): { head: Omit<CaptureRow, 'body'>; bodyInParts: boolean } | null {
    const row = this.stmt.get!.get(id) as RawRow | undefined;
    return row ? { head: captureHeadFromRow(row), bodyInParts: row.body_parts !== null } : null;
  }

  list(query: ListQuery): CaptureListPage {
    const limit = query.limit ?? 200;
    const where: string[] = [];
    const params: (string | number)[] = [];
    const cursor = query.cursor ? Number.parseInt(query.cursor, 10) : NaN;
    if (Number.isFinite(cursor)) {
      where.push('id < ?');
      params.push(cursor);
    }
    if (query.method) {
      where.push('method = ?');
      params.push(query.method.toUpperCase());
    }
    if (typeof query.status === 'number') {
      where.push('status = ?');
      params.push(query.status);
    } else if (query.status) {
      const hundreds = Number(query.status[0]) * 100;
      where.push('status BETWEEN ? AND ?');
      params.push(hundreds, hundreds + 99);
    }
    if (query.pathPrefix) {
      // substr comparison instead of LIKE so '%' and '_' in paths are literal.
      where.push('substr(path, 1, ?) = ?');
      params.push(query.pathPrefix.length, query.pathPrefix);
    }
    // Only the route columns so far: those are in the narrow captures_route index.
    const routeOnly = where.length;
    if (query.verdicts?.length) {
      where.push(`verdict IN (${query.verdicts.map(() => '?').join(', ')})`);
      params.push(...query.verdicts);
    }
    if (query.provider) {
      where.push('provider = ?');
      params.push(query.provider);
    }
    if (query.payloadFamily) {
      where.push('payload_family = ?');
      params.push(query.payloadFamily);
    }
    const fts = query.query ? toFtsQuery(query.query) : null;
    let unindexed = 0;
    let ids: number[];
    if (fts) {
      // A search never waits for the whole backlog: it indexes what fits in a few ms, searches
      // what is indexed and says how many captures are not yet (the background catches up).
      this.indexPending(
        Number.POSITIVE_INFINITY,
        performance.now() + SEARCH_INDEX_MS,
        SEARCH_INDEX_MIN_ROWS,
        false,
      );
      unindexed = this.unindexedCount();
      // Newest first straight from the full-text index (it walks its doclists by rowid), so a
      // common word stops after `limit` rows instead of collecting every match first.
      // captures_fts has columns of its own (path, headers, body): name the captures' ones.
      const conditions = where.map((w) => w.replace(/\b(id|path)\b/g, 'c.$1'));
      const rows = this.db
        .prepare(
          `SELECT f.rowid AS id FROM captures_fts f JOIN captures c ON c.id = f.rowid
           WHERE captures_fts MATCH ? ${conditions.length ? 'AND ' + conditions.join(' AND ') : ''}
           ORDER BY f.rowid DESC LIMIT ?`,
        )
        .all(fts, ...params, limit + 1) as { id: number }[];
      ids = rows.map((r) => r.id);
    } else {
      // Ids first, through an index narrow enough to scan quickly when a filter matches little or
      // nothing; then the rows of that page only.
      const hint = where.length > 0 && routeOnly === where.length ? 'INDEXED BY captures_route' : '';
      const rows = this.db
        .prepare(
          `SELECT id FROM captures ${hint} ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
           ORDER BY id DESC LIMIT ?`,
        )
        .all(...params, limit + 1) as { id: number }[];
      ids = rows.map((r) => r.id);
    }
    const more = ids.length > limit;
    const page = ids.slice(0, limit);
    const byId = new Map<number, RawRow>();
    for (let i = 0; i < page.length; i += 500) {
      const chunk = page.slice(i, i + 500);
      const rows = this.db
        .prepare(
          `SELECT id, received_at_us, method, path, http_version, remote_address, headers, body_size, body_truncated,
              content_type, status, kind, note, provider, payload_family, verdict, summary, duplicate_of, timestamp_age, origin,
              ${FORWARD_BITS_SQL}
           FROM captures WHERE id IN (${chunk.map(() => '?').join(',')})`,
        )
        .all(...chunk) as unknown as RawRow[];
      for (const row of rows) byId.set(row.id, row);
    }
    const items = page.flatMap((id) => {
      const row = byId.get(id);
      return row ? [fromListRow(row)] : [];
    });
    return {
      items,
      nextCursor: more && items.length ? String(items[items.length - 1]!.id) : null,
      total: this.count,
      unindexed,
    };
  }

  /** Captures stored but not yet in the full-text index (a search does not see them yet). */
  unindexedCount(): number {
    const watermark = Number(
      (this.stmt.getMeta!.get('fts_watermark') as { value: string } | undefined)?.value ?? 0,
    );
    const newest =
      (this.db.prepare('SELECT max(id) AS id FROM captures').get() as { id: number | null }).id ?? 0;
    return Math.min(this.count, Math.max(0, newest - watermark));
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** How many captures are stored, and the bytes the size retention limit counts (usedBytes). */
  size(): { count: number; bytes: number } {
    return { count: this.count, bytes: this.usedBytes() };
  }

  /**
   * Bytes the database takes on disk (fileBytes) less its free pages: pages of evicted captures
   * stay in the file, but SQLite writes new rows into them before it grows the file.
   */
  usedBytes(): number {
    const free = (this.stmt.freePages!.get() as { freelist_count: number }).freelist_count;
    return Math.max(0, this.fileBytes() - free * this.pageSize);
  }

  /** Bytes the database takes on disk now (its file, WAL and shared-memory file). */
  fileBytes(): number {
    let total = 0;
    for (const suffix of ['', '-wal', '-shm']) {
      try {
        total += statSync(`${this.file}${suffix}`).size;
      } catch {
        // A WAL or -shm file that does not exist (yet, or after a truncating checkpoint) takes nothing.
      }
    }
    return total;
  }

  clear(): number {
    this.flush();
    const removed = this.count;
    this.transaction(() => {
      this.db.exec(
        'DELETE FROM captures; DELETE FROM capture_analysis; DELETE FROM body_parts; DELETE FROM captures_fts; DELETE FROM dedupe_keys;',
      );
      this.threads.clear();
      this.deliveries.clear();
    });
    this.count = 0;
    return removed;
  }

  setAnalysis(id: number, a: CaptureAnalysisColumns): void {
    const json = JSON.stringify(a.analysis ?? null);
    // Compressed here rather than in a later pass: the row is written once, and zstd of a few KB
    // costs tens of µs, inside the analysis slice that already spends more on the analysis.
    const packed = compressBody(Buffer.from(json));
    const version = (a.analysis as { version?: unknown } | null)?.version;
    this.stmt.storeAnalysis!.run(id, packed ? packed.codec : BODY_RAW, packed ? packed.data : json);
    this.stmt.setAnalysis!.run(
      a.provider,
      a.payloadFamily,
      a.verdict,
      a.summary,
      a.duplicateOf,
      a.timestampAge,
      typeof version === 'number' ? version : 0,
      id,
    );
    // The stored analysis is the service's StoredAnalysis; its cards feed the thread index.
    const cards = (a.analysis as { cards?: Card[] } | null)?.cards;
    this.threads.replace(id, Array.isArray(cards) ? cards : []);
  }

  setForwards(id: number, outcomes: SendOutcome[]): void {
    this.db.prepare('UPDATE captures SET forwards = ? WHERE id = ?').run(JSON.stringify(outcomes), id);
  }

  /** The forward outcomes stored for a capture (without reading its body); null if it is gone. */
  forwardsOf(id: number): SendOutcome[] | null {
    const row = this.db.prepare('SELECT forwards FROM captures WHERE id = ?').get(id) as
      { forwards: string | null } | undefined;
    if (!row) return null;
    return row.forwards ? (JSON.parse(row.forwards) as SendOutcome[]) : [];
  }

  /** Ids of captures with at least one failed or unsent forward, oldest first ("Retry all failed"). */
  idsWithFailedForwards(): number[] {
    return (
      this.db
        .prepare(
          `SELECT id FROM captures WHERE forwards IS NOT NULL AND EXISTS (
             SELECT 1 FROM json_each(captures.forwards) AS f
             WHERE f.value ->> '$.response' IS NULL OR f.value ->> '$.response.status' >= 400)
           ORDER BY id`,
        )
        .all() as { id: number }[]
    ).map((r) => r.id);
  }

  /** Ids of captures newer than `id`, oldest first. */
  idsAfter(id: number): number[] {
    return (
      this.db.prepare('SELECT id FROM captures WHERE id > ? ORDER BY id').all(id) as { id: number }[]
    ).map((r) => r.id);
  }

  setProviderOverride(id: number, provider: string | null): void {
    this.db.prepare('UPDATE captures SET provider_override = ? WHERE id = ?').run(provider, id);
  }

  /** Ids of captures whose analysis depends on a provider's secrets (or on no provider yet). */
  idsForProvider(provider: string | null): number[] {
    const rows = (
      provider === null
        ? this.db.prepare("SELECT id FROM captures WHERE kind != 'rejected' ORDER BY id").all()
        : this.db
            .prepare('SELECT id FROM captures WHERE provider = ? OR provider_override = ? ORDER BY id')
            .all(provider, provider)
    ) as { id: number }[];
    return rows.map((r) => r.id);
  }

  /** Run `fn` in one transaction (many small writes cost one commit). */
  transaction<T>(fn: () => T): T {
    this.db.exec('BEGIN');
    try {
      const result = fn();
      this.db.exec('COMMIT');
      // Background writes (analysis, index) grow the WAL too: the keeper must see them.
      this.walKeeper.noteCommit(0, false);
      return result;
    } catch (error) {
      this.rollbackIfOpen();
      throw error;
    }
  }

  /**
   * Record idempotency keys (message ids, delivery ids) for a capture and return the earliest
   * other capture that already carried one of them — i.e. what this capture is a redelivery of.
   */
  claimDedupeKeys(id: number, keys: string[]): number | null {
    let original: number | null = null;
    for (const key of keys) {
      const seen = this.stmt.findKey!.get(key) as { capture_id: number } | undefined;
      if (seen && seen.capture_id !== id && seen.capture_id < id) {
        original = original === null ? seen.capture_id : Math.min(original, seen.capture_id);
      } else if (!seen) {
        this.stmt.addKey!.run(key, id);
      }
    }
    return original;
  }

  /** Ids of every stored capture, oldest first (for background re-analysis). */
  allIds(): number[] {
    return (this.db.prepare('SELECT id FROM captures ORDER BY id').all() as { id: number }[]).map(
      (r) => r.id,
    );
  }

  /** Captures whose derived analysis was never computed (e.g. the app quit right after storing them). */
  /** Captures whose stored analysis was written by an older analysis version (or none recorded). */
  idsAnalysedBefore(version: number): number[] {
    return (
      this.db
        .prepare(
          `SELECT id FROM captures WHERE analysis_version < ?
           ORDER BY id`,
        )
        .all(version) as { id: number }[]
    ).map((r) => r.id);
  }

  unanalysedIds(): number[] {
    return (
      this.db.prepare('SELECT id FROM captures WHERE analysis_version IS NULL ORDER BY id').all() as {
        id: number;
      }[]
    ).map((r) => r.id);
  }

  /**
   * True while a worker checkpoint holds the write lock for a moment. Background writers skip
   * their slice (writing now would make the receiver's loop wait) and call `afterWritesHeld`.
   */
  get writesArePaused(): boolean {
    return this.writesHeld;
  }

  /** Run `fn` once writes are allowed again (at once if they are). */
  afterWritesHeld(fn: () => void): void {
    if (!this.writesHeld) fn();
    else if (!this.afterHold.includes(fn)) this.afterHold.push(fn);
  }

  private releaseWrites(): void {
    this.writesHeld = false;
    for (const write of this.partWriters.splice(0)) write();
    if (this.pending.length > 0) this.flush();
    for (const fn of this.afterHold.splice(0)) fn();
  }

  /**
   * Index captures past the watermark until `deadline` (performance.now() ms, once `minRows` are
   * done) or `maxRows`; returns true if more remain. Called by the background (indexInBackground)
   * and, bounded, before a search. Without `largeBodies` it stops before a body stored in parts.
   */
  indexPending(
    maxRows: number,
    deadline = Number.POSITIVE_INFINITY,
    minRows = 0,
    largeBodies = true,
  ): boolean {
    let watermark = Number(
      (this.stmt.getMeta!.get('fts_watermark') as { value: string } | undefined)?.value ?? 0,
    );
    let remaining = maxRows;
    let indexed = 0;
    const timeUp = (): boolean => indexed >= minRows && performance.now() >= deadline;
    let more = true;
    // One transaction per call: every commit writes a new FTS segment that must be merged later.
    this.transaction(() => {
      while (remaining > 0 && !timeUp()) {
        const take = Math.min(remaining, INDEX_BATCH);
        const rows = this.stmt.toIndex!.all(watermark, take) as unknown as RawRow[];
        let stopped = false;
        for (const row of rows) {
          if (row.body_parts !== null) {
            if (!largeBodies) {
              this.largeBodyWaitingSince ??= performance.now();
              stopped = true;
              break;
            }
            this.largeBodyWaitingSince = null;
          }
          const headers = headersFromJson(row.headers);
          const text = searchableText(
            headers,
            this.bodyToIndex(row, headers),
            row.content_type,
            FTS_BODY_CHARS,
          );
          this.stmt.ftsInsert!.run(
            row.id,
            row.path,
            searchableHeaders(headers),
            text.slice(0, FTS_BODY_CHARS),
          );
          watermark = row.id;
          remaining--;
          indexed++;
          if (timeUp()) break;
        }
        if (stopped) break;
        if (rows.length < take) {
          more = false;
          break;
        }
      }
      this.stmt.setMeta!.run('fts_watermark', String(watermark));
    });
    return more && remaining > 0;
  }

  /**
   * The background's indexing step: first merge the index's segments, then index new captures with
   * the time left. FTS5's own merging runs inside a commit, 64 × levels pages at a time (10–50 ms
   * on the loop): it is off (migration 13) and done here in steps of FTS_MERGE_PAGES instead. Merging
   * first keeps the segments few, so searches stay fast and FTS5's crisis merge (a whole level at
   * once) never comes. While requests arrive (`receiverBusy`), a body stored in parts waits for a
   * pause (LARGE_BODY_INDEX_PATIENCE_MS at most) before its one long insert.
   */
  indexInBackground(deadline: number, receiverBusy = false): boolean {
    const merging = this.mergeIndex(deadline);
    if (performance.now() >= deadline) return true;
    const waitedSince = this.largeBodyWaitingSince;
    const largeBodies =
      !receiverBusy ||
      (waitedSince !== null && performance.now() - waitedSince >= LARGE_BODY_INDEX_PATIENCE_MS);
    return this.indexPending(Number.POSITIVE_INFINITY, deadline, 0, largeBodies) || merging;
  }

  /** Merge steps until the index needs none or `deadline`; returns true if more are due. */
  private mergeIndex(deadline: number): boolean {
    return this.transaction(() => {
      while (performance.now() < deadline) {
        const before = (this.stmt.totalChanges!.get() as { n: number }).n;
        this.stmt.ftsMerge!.run();
        // FTS5 documents this test: fewer than two changes means there was nothing to merge.
        if ((this.stmt.totalChanges!.get() as { n: number }).n - before < 2) return false;
      }
      return true;
    });
  }

  /**
   * The body as the indexer needs it: a body stored in parts is read only as far as the indexed
   * characters can reach (searchableText reads no further), unless it must be decoded whole.
   */
  private bodyToIndex(row: RawRow, headers: HeaderPair[]): Buffer {
    if (row.body_parts === null) return decompressBody(row.body_codec, row.body);
    const whole =
      headerValue(headers, 'content-encoding') !== null ||
      (row.content_type ?? '').toLowerCase().includes('application/x-www-form-urlencoded');
    return readBodyParts(this.db, row.body_parts, whole ? Number.POSITIVE_INFINITY : FTS_BODY_CHARS * 4 + 1);
  }

  newestId(): number {
    return (this.db.prepare('SELECT max(id) AS id FROM captures').get() as { id: number | null }).id ?? 0;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.walKeeper.close();
    // Their next turn sees the store closed and fails the insert.
    for (const write of this.partWriters.splice(0)) write();
    // A checkpoint may hold writes: busy_timeout lets this final commit wait for it.
    this.flush();
    void this.checkpointer.close();
    try {
      this.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    } catch {
      // A checkpoint still finishing in the worker; the WAL is checkpointed on next open.
    } finally {
      this.db.close();
    }
  }
}

/** A `captures` row as node:sqlite returns it. */
export interface RawRow {
  id: number;
  received_at_us: number;
  method: string;
  path: string;
  http_version: string;
  remote_address: string;
  headers: string;
  body: Uint8Array;
  /** body-codec.ts: 0 raw, else how `body` is compressed. */
  body_codec: number;
  body_size: number;
  body_truncated: number;
  content_type: string | null;
  status: number;
  response_headers: string;
  response_body: Uint8Array;
  kind: CaptureKind;
  note: string | null;
  provider: string | null;
  payload_family: string | null;
  verdict: string | null;
  summary: string | null;
  duplicate_of: number | null;
  timestamp_age: number | null;
  /**
   * From capture_analysis (SELECT_CAPTURE_ROWS): JSON text, or its compressed bytes when
   * analysis_codec is not 0 (body-codec.ts); null until the capture is analysed.
   */
  analysis: string | Uint8Array | null;
  analysis_codec: number | null;
  analysis_version: number | null;
  provider_override: string | null;
  origin: string | null;
  forwards: string | null;
  trailers: string | null;
  /** Set when the body is stored in parts (body-parts.ts); `body` is then empty. */
  body_parts: number | null;
  /** Only in list queries: FORWARD_BITS_SQL. */
  forward_bits?: string | null;
}

/**
 * Header lines as indexed: `name: value`, except signature digests and other long opaque tokens
 * (every one unique, they would make most of the index and nobody searches for them).
 */
function searchableHeaders(headers: HeaderPair[]): string {
  return headers.map(([n, v]) => (OPAQUE_VALUE.test(v) ? n : `${n}: ${v}`)).join('\n');
}
const OPAQUE_VALUE = /^(?:[a-z0-9]+=)?[A-Za-z0-9+/=_-]{40,}$/;

function headersFromJson(json: string): HeaderPair[] {
  return JSON.parse(json) as HeaderPair[];
}

function fromListRow(row: RawRow): CaptureListRow {
  return {
    id: row.id,
    receivedAtUs: row.received_at_us,
    method: row.method,
    path: row.path,
    httpVersion: row.http_version,
    remoteAddress: row.remote_address,
    headers: headersFromJson(row.headers),
    bodySize: row.body_size,
    bodyTruncated: row.body_truncated === 1,
    contentType: row.content_type,
    status: row.status,
    kind: row.kind,
    note: row.note,
    provider: row.provider,
    payloadFamily: row.payload_family,
    verdict: row.verdict,
    summary: row.summary,
    duplicateOf: row.duplicate_of,
    timestampAge: row.timestamp_age ?? null,
    origin: row.origin ? (JSON.parse(row.origin) as CaptureOrigin) : null,
    forwardBits: row.forward_bits ? (JSON.parse(row.forward_bits) as OutcomeBits[]) : [],
  };
}

function withoutForwardBits(row: CaptureListRow): Omit<CaptureListRow, 'forwardBits'> {
  const { forwardBits: _, ...rest } = row;
  return rest;
}

/** A full row (SELECT *) as a capture, bodies as Buffers (a body stored in parts read from `db`). */
export function captureFromRow(row: RawRow, db: DatabaseSync): CaptureRow {
  return {
    ...captureHeadFromRow(row),
    body:
      row.body_parts === null || row.body_parts === undefined
        ? decompressBody(row.body_codec, row.body)
        : readBodyParts(db, row.body_parts),
  };
}

/** A full row (SELECT *) as a capture without its request body. */
function captureHeadFromRow(row: RawRow): Omit<CaptureRow, 'body'> {
  const forwards = row.forwards ? (JSON.parse(row.forwards) as SendOutcome[]) : [];
  return {
    ...withoutForwardBits(fromListRow(row)),
    responseHeaders: headersFromJson(row.response_headers),
    responseBody: Buffer.from(row.response_body),
    analysis: analysisFromRow(row),
    providerOverride: row.provider_override,
    forwards,
    trailers: row.trailers ? headersFromJson(row.trailers) : [],
  };
}

function analysisFromRow(row: RawRow): unknown {
  if (row.analysis === null) return null;
  const json =
    typeof row.analysis === 'string'
      ? row.analysis
      : decompressBody(row.analysis_codec ?? BODY_RAW, row.analysis).toString('utf8');
  return JSON.parse(json) as unknown;
}

const EMPTY_BODY = Buffer.alloc(0);

function rowCost(c: NewCapture): number {
  let headerBytes = 0;
  for (const [n, v] of c.headers) headerBytes += n.length + v.length + 4;
  return c.body.length + c.responseBody.length + headerBytes + c.path.length + 128;
}

function damagedDatabaseError(file: string, cause: unknown): Error {
  const message = (cause as Error).message;
  if (!/not a database|malformed|corrupt/i.test(message)) return cause as Error;
  return new Error(
    `The capture database ${file} is damaged (${message}). Restore it from a backup, or move it aside ` +
      `to start with an empty one (mv "${file}" "${file}.bad", with its -wal and -shm files), or start ` +
      'with another data directory (--data-dir).',
    { cause },
  );
}

function syncFromEnv(): 'NORMAL' | 'FULL' {
  return process.env.HOOKSCOPE_SYNC?.toUpperCase() === 'FULL' ? 'FULL' : 'NORMAL';
}
