// Bodies over 256 KB are stored in 1 MB parts beside their row: byte-exact on every read path,
// acknowledged only once row and parts are committed, and never left behind on disk.
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { CaptureStore, type NewCapture } from '../../../src-main/core/store/capture-store';
import { newCapture, useTempStores } from './support/temp-stores';

const { openStore, tempDir } = useTempStores('hookscope-large-');

const capture = (body: Buffer, overrides: Partial<NewCapture> = {}): NewCapture =>
  newCapture({
    path: '/big',
    headers: [['Content-Type', 'application/octet-stream']],
    body,
    bodySize: body.length,
    contentType: 'application/octet-stream',
    ...overrides,
  });

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** What the database holds for the body: the row's own column and the parts beside it. */
function stored(store: CaptureStore, id: number): { inRow: number; parts: number[] } {
  const db = new DatabaseSync(store.file, { readOnly: true });
  try {
    const row = db.prepare('SELECT length(body) AS n, body_parts FROM captures WHERE id = ?').get(id) as {
      n: number;
      body_parts: number | null;
    };
    const parts = row.body_parts
      ? (
          db
            .prepare('SELECT length(data) AS n FROM body_parts WHERE body_id = ? ORDER BY seq')
            .all(row.body_parts) as { n: number }[]
        ).map((p) => p.n)
      : [];
    return { inRow: row.n, parts };
  } finally {
    db.close();
  }
}

function partCount(store: CaptureStore): number {
  const db = new DatabaseSync(store.file, { readOnly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM body_parts').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('large bodies', () => {
  it('stores a 2.5 MB body in 1 MB parts and reads it back byte for byte, also after the verdict is written', async () => {
    const store = openStore();
    const body = randomBytes(2.5 * 1024 * 1024);
    const id = await store.insert(capture(body));
    expect(stored(store, id)).toEqual({ inRow: 0, parts: [1048576, 1048576, 524288] });
    expect(sha(store.get(id)!.body)).toBe(sha(body));
    store.setAnalysis(id, {
      provider: null,
      payloadFamily: null,
      verdict: 'unsigned',
      summary: 'bytes',
      duplicateOf: null,
      timestampAge: null,
      analysis: { cards: [] },
    });
    const again = store.get(id)!;
    expect(again.verdict).toBe('unsigned');
    expect(sha(again.body)).toBe(sha(body));
    expect(store.getHead(id)).toMatchObject({ bodyInParts: true, head: { bodySize: body.length } });
  });

  it('compresses each part of a compressible body, reads it back byte for byte and finds words in it', async () => {
    const store = openStore();
    const orders = Array.from({ length: 30_000 }, (_, i) => ({
      id: `ord_${i}`,
      customer: `customer${i % 977}@example.com`,
      amount: (i * 37) % 10_000,
      note: i === 12 ? 'needle' : 'delivered',
    }));
    const body = Buffer.from(JSON.stringify({ object: 'batch', orders }));
    expect(body.length).toBeGreaterThan(2 * 1024 * 1024);
    const id = await store.insert(capture(body, { contentType: 'application/json' }));
    const { parts } = stored(store, id);
    expect(parts).toHaveLength(Math.ceil(body.length / (1024 * 1024)));
    // JSON like this shrinks several times; stored raw, the parts would be the body's size.
    expect(parts.reduce((a, b) => a + b, 0)).toBeLessThan(body.length / 3);
    expect(sha(store.get(id)!.body)).toBe(sha(body));
    store.indexPending(Number.POSITIVE_INFINITY);
    expect(store.list({ query: 'needle' }).items.map((c) => c.id)).toEqual([id]);
  });

  it('reads parts written raw before parts were compressed (migration 16)', async () => {
    const dir = tempDir();
    const store = openStore({}, dir);
    const body = Buffer.from('{"text":"' + 'hello world '.repeat(200_000) + '"}');
    const id = await store.insert(capture(body));
    store.close();
    // As an older version left it: the parts raw, with no codec column.
    const db = new DatabaseSync(join(dir, 'captures.sqlite'));
    const bodyId = (db.prepare('SELECT body_parts AS b FROM captures WHERE id = ?').get(id) as { b: number })
      .b;
    db.exec('ALTER TABLE body_parts DROP COLUMN codec; DELETE FROM body_parts; PRAGMA user_version = 15;');
    const addPart = db.prepare('INSERT INTO body_parts (body_id, seq, data) VALUES (?, ?, ?)');
    for (let seq = 0; seq * 1024 * 1024 < body.length; seq++)
      addPart.run(bodyId, seq, body.subarray(seq * 1024 * 1024, (seq + 1) * 1024 * 1024));
    db.close();
    const reopened = openStore({}, dir);
    expect(sha(reopened.get(id)!.body)).toBe(sha(body));
  });

  it('keeps bodies up to 256 KB in the row', async () => {
    const store = openStore();
    const body = randomBytes(256 * 1024);
    const id = await store.insert(capture(body));
    expect(stored(store, id)).toEqual({ inRow: body.length, parts: [] });
    expect(store.getHead(id)!.bodyInParts).toBe(false);
  });

  it('acknowledges a small capture sent while a large body is still being written without waiting for it', async () => {
    const store = openStore();
    const order: string[] = [];
    const large = store.insert(capture(randomBytes(4 * 1024 * 1024))).then((id) => order.push('large') && id);
    const small = store
      .insert(capture(Buffer.from('{}'), { path: '/small' }))
      .then((id) => order.push('small') && id);
    const [largeId, smallId] = await Promise.all([large, small]);
    expect(order).toEqual(['small', 'large']);
    expect(smallId).toBeLessThan(largeId);
    expect(store.list({}).items.map((c) => c.path)).toEqual(['/big', '/small']);
  });

  it('finds a word near the start of a large body', async () => {
    const store = openStore();
    const body = Buffer.concat([
      Buffer.from('{"note":"needle in a haystack","pad":"'),
      Buffer.alloc(3 * 1024 * 1024, 'a'),
      Buffer.from('"}'),
    ]);
    const id = await store.insert(capture(body, { contentType: 'application/json' }));
    while (store.indexPending(Number.POSITIVE_INFINITY));
    expect(store.list({ query: 'needle' }).items.map((c) => c.id)).toEqual([id]);
  });

  it('indexes a large body in a pause between requests, never on the path of a search', async () => {
    const store = openStore();
    const large = Buffer.concat([
      Buffer.from('{"note":"needle in a haystack","pad":"'),
      Buffer.alloc(2 * 1024 * 1024, 'a'),
      Buffer.from('"}'),
    ]);
    const before = await store.insert(capture(Buffer.from('{"note":"alpha"}'), { path: '/before' }));
    const id = await store.insert(capture(large, { contentType: 'application/json' }));
    const after = await store.insert(capture(Buffer.from('{"note":"gamma"}'), { path: '/after' }));
    // The search indexes what it may on its way (the capture before) and counts the rest.
    const first = store.list({ query: 'needle' });
    expect(first.items).toEqual([]);
    expect(first.unindexed).toBe(2);
    expect(store.list({ query: 'alpha' }).items.map((c) => c.id)).toEqual([before]);
    // While requests arrive, the background leaves it (one insert of its first 1M characters).
    expect(store.indexInBackground(performance.now() + 1000, true)).toBe(true);
    expect(store.list({ query: 'needle' }).unindexed).toBe(2);
    // In a pause it is indexed, and so is what came after it.
    while (store.indexInBackground(performance.now() + 1000, false));
    const found = store.list({ query: 'needle' });
    expect(found.items.map((c) => c.id)).toEqual([id]);
    expect(found.unindexed).toBe(0);
    expect(store.list({ query: 'gamma' }).items.map((c) => c.id)).toEqual([after]);
  });

  it('removes the parts with their capture (retention, clear) and parts no capture refers to at start', async () => {
    const dir = tempDir();
    let maxCaptures = 10;
    const store = openStore({ retention: () => ({ maxCaptures, maxBytes: 1e15 }) }, dir);
    await store.insert(capture(randomBytes(1.5 * 1024 * 1024)));
    const kept = await store.insert(capture(randomBytes(300 * 1024)));
    expect(partCount(store)).toBe(3);
    maxCaptures = 1;
    await store.insert(capture(Buffer.from('small')));
    // The oldest two are evicted, the second with its part.
    expect(store.get(kept)).toBeNull();
    expect(partCount(store)).toBe(0);

    await store.insert(capture(randomBytes(600 * 1024)));
    maxCaptures = 10;
    await store.insert(capture(randomBytes(600 * 1024)));
    expect(partCount(store)).toBe(2);
    store.clear();
    expect(partCount(store)).toBe(0);

    // What a process killed between writing the parts and committing the row leaves behind.
    const id = await store.insert(capture(randomBytes(600 * 1024)));
    store.close();
    const db = new DatabaseSync(join(dir, 'captures.sqlite'));
    db.exec(`UPDATE captures SET body_parts = NULL WHERE id = ${id}`);
    db.close();
    const reopened = openStore({}, dir);
    expect(partCount(reopened)).toBe(0);
  });
});
