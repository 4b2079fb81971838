// A full disk makes SQLite end the transaction by itself; the store must report that error, not
// "cannot rollback - no transaction is active", and keep working once space returns.
import { randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { CaptureStore, NewCapture } from '../../../src-main/core/store/capture-store';
import { newCapture, useTempStores } from './support/temp-stores';

const { openStore } = useTempStores('hookscope-full-');

// The store's own connection: SQLite's max_page_count is per connection and is how a full disk is
// simulated without a real tiny filesystem.
const dbOf = (store: CaptureStore) => (store as unknown as { db: DatabaseSync }).db;
function fillDisk(store: CaptureStore): void {
  const db = dbOf(store);
  const { page_count } = db.prepare('PRAGMA page_count').get() as { page_count: number };
  db.exec(`PRAGMA max_page_count = ${page_count}`);
}
const freeDisk = (store: CaptureStore) => dbOf(store).exec('PRAGMA max_page_count = 4294967294');

const capture = (body: Buffer): NewCapture =>
  newCapture({ path: '/full', headers: [], body, bodySize: body.length, contentType: 'text/plain' });

describe('CaptureStore on a full disk', () => {
  it('transaction() rethrows the disk-full error and leaves no transaction open', () => {
    const store = openStore();
    fillDisk(store);
    const insertBig = dbOf(store).prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    expect(() =>
      store.transaction(() => {
        for (let i = 0; i < 5; i++) insertBig.run(`k${i}`, 'x'.repeat(100_000));
      }),
    ).toThrow(/full/);
    expect(dbOf(store).isTransaction).toBe(false);
    freeDisk(store);
    expect(store.transaction(() => insertBig.run('after', 'ok'))).toBeTruthy();
  });

  it('rejects inserts while full and stores them again once space returns', async () => {
    const store = openStore();
    fillDisk(store);
    // Random bytes: compression cannot make them fit in what is left.
    await expect(store.insert(capture(randomBytes(100_000)))).rejects.toThrow(/full/);
    expect(store.size().count).toBe(0);
    freeDisk(store);
    const body = randomBytes(100_000);
    const id = await store.insert(capture(body));
    expect(store.get(id)!.body.equals(body)).toBe(true);
    expect(store.size().count).toBe(1);
  });

  it('indexing for search fails cleanly while full and catches up afterwards', async () => {
    const store = openStore();
    for (let i = 0; i < 5; i++) await store.insert(capture(Buffer.from(`needle${i} `.repeat(20_000))));
    fillDisk(store);
    expect(() => store.indexPending(Number.POSITIVE_INFINITY)).toThrow(/full/);
    freeDisk(store);
    expect(store.list({ query: 'needle3' }).items).toHaveLength(1);
  });
});
