// Versioned migrations, applied in order inside one transaction each. PRAGMA user_version records
// the last one applied, so opening an older database upgrades it and a newer one is refused.
import { threadIndexMigration } from './thread-index';
import { deliveryQueueMigration } from './delivery-queue';
import { bodyPartsMigration } from './body-parts';

export const migrations: string[] = [
  // 1: captures, their derived analysis, and the contentless full-text index.
  `
  CREATE TABLE captures (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    received_at_us  INTEGER NOT NULL,
    method          TEXT    NOT NULL,
    path            TEXT    NOT NULL,
    http_version    TEXT    NOT NULL,
    remote_address  TEXT    NOT NULL,
    headers         TEXT    NOT NULL,           -- JSON [[name, value], ...] in received order
    body            BLOB    NOT NULL,           -- wire bytes (or the first 64 KB of a rejected body)
    body_size       INTEGER NOT NULL,           -- full size on the wire
    body_truncated  INTEGER NOT NULL DEFAULT 0,
    content_type    TEXT,
    status          INTEGER NOT NULL,
    response_headers TEXT   NOT NULL DEFAULT '[]',
    response_body   BLOB    NOT NULL DEFAULT x'',
    kind            TEXT    NOT NULL,           -- request | handshake | rejected
    note            TEXT,
    stored_bytes    INTEGER NOT NULL,           -- what this row costs, for the size-based retention
    -- derived analysis (recomputed when secrets or settings change)
    provider        TEXT,
    verdict         TEXT,
    summary         TEXT,
    duplicate_of    INTEGER,
    analysis        TEXT
  );
  CREATE INDEX captures_method ON captures(method, id);
  CREATE INDEX captures_status ON captures(status, id);
  CREATE TABLE dedupe_keys (
    key        TEXT PRIMARY KEY,
    capture_id INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  CREATE VIRTUAL TABLE captures_fts USING fts5(path, headers, body, content='', contentless_delete=1);
  `,
  // 2: a per-capture provider override chosen by the user.
  `ALTER TABLE captures ADD COLUMN provider_override TEXT;`,
  // 3: replays, imports and test events (origin), and what forward targets answered.
  `
  ALTER TABLE captures ADD COLUMN origin TEXT;
  ALTER TABLE captures ADD COLUMN replay_of INTEGER;
  ALTER TABLE captures ADD COLUMN forwards TEXT;
  CREATE INDEX captures_replay_of ON captures(replay_of) WHERE replay_of IS NOT NULL;
  `,
  // 4: the method/status indexes cost every insert two extra B-tree writes (about half the insert
  // time, measured) for filters that a newest-first scan with LIMIT answers fast enough.
  `
  DROP INDEX IF EXISTS captures_method;
  DROP INDEX IF EXISTS captures_status;
  `,
  // 5: chat threads over all of history (thread-index.ts), filled from the analyses stored so far.
  threadIndexMigration,
  // 6: the signer (meta, stripe…) and the payload family (whatsapp-cloud, socialhook…) are two
  // vocabularies; `provider` used to hold the family when no signer was found. Families are taken
  // from the stored analysis, and family names leave `provider`.
  `
  ALTER TABLE captures ADD COLUMN payload_family TEXT;
  UPDATE captures SET payload_family = json_extract(analysis, '$.decoder')
    WHERE analysis IS NOT NULL AND json_valid(analysis);
  UPDATE captures SET provider = NULL
    WHERE provider IN ('whatsapp-cloud', 'messenger', 'instagram', 'socialhook');
  `,
  // 7: a valid signature whose timestamp was outside the window is its own verdict ('stale'); the
  // list shows how old it was, so the age is a column. Captures judged before were stored as 'fail'
  // with that reason (only ever given when the digest matched): they become 'stale' here.
  `
  ALTER TABLE captures ADD COLUMN timestamp_age REAL;
  UPDATE captures
    SET verdict = 'stale',
        timestamp_age = json_extract(analysis, '$.signature.timestamp.ageAtCapture'),
        analysis = json_set(analysis, '$.signature.verdict', 'stale')
    WHERE verdict = 'fail' AND analysis IS NOT NULL AND json_valid(analysis)
      AND json_extract(analysis, '$.signature.reason') = 'timestamp-outside-window';
  `,
  // 8: filters answer from indexes, also when they match nothing (a scan of 100k wide rows took
  // 100–300 ms). The signer, family and verdict are set by the analysis, after the insert: partial
  // indexes skip the still-empty rows, so the insert path pays nothing for them. Method, status and
  // path are in one narrow index appended in id order (one cheap append per insert) that a
  // newest-first scan reads instead of the rows.
  `
  CREATE INDEX captures_provider ON captures(provider, id) WHERE provider IS NOT NULL;
  CREATE INDEX captures_family ON captures(payload_family, id) WHERE payload_family IS NOT NULL;
  CREATE INDEX captures_verdict ON captures(verdict, id) WHERE verdict IS NOT NULL;
  CREATE INDEX captures_route ON captures(id, method, status, path);
  `,
  // 9: bodies are compressed in the background after they are stored (body-codec.ts); the codec
  // of each row says how to read it back (0: raw, as every row written before).
  `ALTER TABLE captures ADD COLUMN body_codec INTEGER NOT NULL DEFAULT 0;`,
  // 10: trailer fields of chunked bodies, as received (JSON pairs; NULL when there were none).
  `ALTER TABLE captures ADD COLUMN trailers TEXT;`,
  // 11: forward deliveries still to be made (delivery-queue.ts): a burst, a slow handler or a
  // restart no longer drops them.
  deliveryQueueMigration,
  // 12: bodies over 256 KB are stored in 1 MB parts beside their row (body-parts.ts), so an update
  // of the row (a verdict) no longer rewrites the body, and storing one never holds the loop long.
  bodyPartsMigration,
  // 13: the full-text index is merged by the background in small steps (indexInBackground), not by
  // FTS5 inside a commit; a crisis merge only past 64 segments on one level.
  `
  INSERT INTO captures_fts (captures_fts, rank) VALUES ('automerge', 0);
  INSERT INTO captures_fts (captures_fts, rank) VALUES ('crisismerge', 64);
  `,
  // 14: the stored analysis is compressed like the body (body-codec.ts; it embeds a preview of
  // the signed content, so it was larger than the body itself: 4.5 KB for a 2 KB WhatsApp batch).
  // Its version gets a column, so finding analyses to redo after an upgrade decompresses nothing.
  `
  ALTER TABLE captures ADD COLUMN analysis_codec INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE captures ADD COLUMN analysis_version INTEGER;
  UPDATE captures SET analysis_version = coalesce(json_extract(analysis, '$.version'), 0)
    WHERE analysis IS NOT NULL AND json_valid(analysis);
  `,
  // 15: the stored analysis moves to its own table, appended as captures are analysed. Written
  // into the capture's row, it grew every row a moment after its insert: the B-tree pages split
  // and stayed a third empty (3.2× the raw bytes on disk for 2 KB captures, measured). A row now
  // keeps its size after the insert but for a few short columns. `analysis_version` marks a
  // capture as analysed (0 for an analysis of unknown version, as migration 14 left some).
  `
  CREATE TABLE capture_analysis (
    capture_id INTEGER PRIMARY KEY,
    codec      INTEGER NOT NULL,      -- body-codec.ts: 0 when data is the JSON text itself
    data       BLOB    NOT NULL
  );
  INSERT INTO capture_analysis (capture_id, codec, data)
    SELECT id, analysis_codec, analysis FROM captures WHERE analysis IS NOT NULL ORDER BY id;
  UPDATE captures SET analysis_version = 0 WHERE analysis IS NOT NULL AND analysis_version IS NULL;
  ALTER TABLE captures DROP COLUMN analysis;
  ALTER TABLE captures DROP COLUMN analysis_codec;
  `,
  // 16: each part of a large body is compressed like an in-row body (a 1 MB part of JSON shrinks
  // about 7×), with its codec beside it; parts written before stay raw (0).
  `ALTER TABLE body_parts ADD COLUMN codec INTEGER NOT NULL DEFAULT 0;`,
];
