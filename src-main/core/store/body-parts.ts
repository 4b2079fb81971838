// Large bodies live outside their capture's row, in parts of PART_BYTES.
//
// Why: SQLite rewrites a whole row on any UPDATE, so writing a verdict, a forward outcome or a
// provider override on a row holding a 16 MB body copied all 16 MB on the receiver's loop
// (~40–300 ms), and every background step that selected a batch of rows read it again. Written as
// one value, storing the body also held the loop for one long transaction (~50 ms for 25 MB). In
// parts, each is its own short transaction on its own turn of the loop, and the row keeps only a
// reference (`captures.body_parts`) next to an empty `body`.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { decompressBody } from './body-codec';

/** Bodies larger than this are stored in parts (the analysis worker takes these too). */
export const EXTERNAL_BODY_BYTES = 256 * 1024;
/** One part: compressed and written in a few milliseconds. */
export const PART_BYTES = 1024 * 1024;

export const bodyPartsMigration = `
  CREATE TABLE body_parts (
    body_id INTEGER NOT NULL,
    seq     INTEGER NOT NULL,
    data    BLOB    NOT NULL,
    PRIMARY KEY (body_id, seq)
  );
  ALTER TABLE captures ADD COLUMN body_parts INTEGER;
  CREATE INDEX captures_body_parts ON captures(body_parts) WHERE body_parts IS NOT NULL;
`;

const statements = new WeakMap<DatabaseSync, StatementSync>();

/**
 * The stored body `bodyId`, or its first parts covering at least `atLeastBytes` (what a reader of
 * a prefix needs, such as the search indexer).
 */
export function readBodyParts(
  db: DatabaseSync,
  bodyId: number,
  atLeastBytes = Number.POSITIVE_INFINITY,
): Buffer {
  let read = statements.get(db);
  if (!read) {
    read = db.prepare('SELECT codec, data FROM body_parts WHERE body_id = ? AND seq < ? ORDER BY seq');
    statements.set(db, read);
  }
  // Parts hold PART_BYTES of the body each before compression, so the count still says how far.
  const parts = Number.isFinite(atLeastBytes) ? Math.ceil(atLeastBytes / PART_BYTES) : 2 ** 31;
  const rows = read.all(bodyId, parts) as { codec: number; data: Uint8Array }[];
  const bodies = rows.map((r) => decompressBody(r.codec, r.data));
  return bodies.length === 1 ? bodies[0]! : Buffer.concat(bodies);
}

/** Parts no capture refers to: left by a write that failed or was cut short (kill -9). */
export function deleteOrphanParts(db: DatabaseSync): void {
  db.exec(
    'DELETE FROM body_parts WHERE body_id NOT IN (SELECT body_parts FROM captures WHERE body_parts IS NOT NULL)',
  );
}

/** The next unused body id. */
export function nextBodyId(db: DatabaseSync): number {
  return (
    ((db.prepare('SELECT max(body_id) AS id FROM body_parts').get() as { id: number | null }).id ?? 0) + 1
  );
}
