import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { CaptureStore } from '../../../src-main/core/store/capture-store';
import { migrations } from '../../../src-main/core/store/schema';
import { compressBody } from '../../../src-main/core/store/body-codec';
import { newCapture, useTempStores } from './support/temp-stores';

const { openStore, tempDir, keep } = useTempStores('hookscope-store-');
const capture = newCapture;

describe('CaptureStore', () => {
  it('commits all inserts of one tick in one batch and resolves each with its id', async () => {
    const committed: number[][] = [];
    const store = openStore({ onCommitted: (rows) => committed.push(rows.map((r) => r.id)) });
    const ids = await Promise.all([1, 2, 3].map((i) => store.insert(capture({ path: `/p${i}` }))));
    expect(ids).toEqual([1, 2, 3]);
    expect(committed).toEqual([[1, 2, 3]]);
    expect(store.get(2)!.path).toBe('/p2');
  });

  it('pages newest first by cursor', async () => {
    const store = openStore();
    for (let i = 0; i < 25; i++) await store.insert(capture({ path: `/n${i}` }));
    const first = store.list({ limit: 10 });
    expect(first.items.map((c) => c.path)).toEqual(Array.from({ length: 10 }, (_, i) => `/n${24 - i}`));
    const second = store.list({ limit: 10, cursor: first.nextCursor! });
    expect(second.items[0]!.path).toBe('/n14');
    const third = store.list({ limit: 10, cursor: second.nextCursor! });
    expect(third.items).toHaveLength(5);
    expect(third.nextCursor).toBeNull();
    expect(first.total).toBe(25);
  });

  it('filters by method, status and literal path prefix', async () => {
    const store = openStore();
    await store.insert(capture({ method: 'GET', path: '/a%_b' }));
    await store.insert(capture({ method: 'POST', path: '/axyz', status: 413 }));
    await store.insert(capture({ method: 'POST', path: '/a%_c' }));
    expect(store.list({ method: 'get' }).items.map((c) => c.path)).toEqual(['/a%_b']);
    expect(store.list({ status: 413 }).items.map((c) => c.path)).toEqual(['/axyz']);
    expect(store.list({ pathPrefix: '/a%_' }).items.map((c) => c.path)).toEqual(['/a%_c', '/a%_b']);
  });

  it('searches path, header values and the decoded body, including gzip bodies and form fields', async () => {
    const { gzipSync } = await import('node:zlib');
    const store = openStore();
    await store.insert(capture({ path: '/webhooks/whatsapp' }));
    await store.insert(capture({ headers: [['X-Request-Id', 'req-kangaroo']] }));
    await store.insert(capture({ body: Buffer.from('{"text":"hola wombat"}') }));
    await store.insert(
      capture({
        headers: [['Content-Encoding', 'gzip']],
        body: gzipSync(Buffer.from('{"text":"compressed narwhal"}')),
      }),
    );
    await store.insert(
      capture({
        contentType: 'application/x-www-form-urlencoded',
        body: Buffer.from('Body=quokka+says+hi&From=whatsapp%3A%2B1'),
      }),
    );
    const find = (q: string) => store.list({ query: q }).items.map((c) => c.id);
    expect(find('whatsapp')).toContain(1);
    expect(find('kangaroo')).toEqual([2]);
    expect(find('wombat')).toEqual([3]);
    expect(find('narwhal')).toEqual([4]);
    expect(find('quokka')).toEqual([5]);
    expect(find('wom')).toEqual([3]); // prefix search while typing
    expect(find('"unbalanced (quote AND')).toEqual([]); // FTS syntax is searched literally, never an error
  });

  it('evicts the oldest captures beyond the count limit', async () => {
    const store = openStore({ retention: () => ({ maxCaptures: 5, maxBytes: 1e12 }) });
    for (let i = 0; i < 8; i++) await store.insert(capture({ path: `/r${i}` }));
    const page = store.list({});
    expect(page.total).toBe(5);
    expect(page.items.map((c) => c.path)).toEqual(['/r7', '/r6', '/r5', '/r4', '/r3']);
    expect(store.get(1)).toBeNull();
    expect(store.list({ query: 'r0' }).items).toEqual([]);
  });

  it('evicts the oldest captures beyond the size limit but never the newest', async () => {
    const store = openStore({ retention: () => ({ maxCaptures: 1000, maxBytes: 5000 }) });
    for (let i = 0; i < 5; i++)
      await store.insert(capture({ path: `/s${i}`, body: Buffer.alloc(2000, 1), bodySize: 2000 }));
    // An empty database already takes more than 5,000 bytes: only the newest capture is kept.
    expect(store.list({}).items.map((c) => c.path)).toEqual(['/s4']);
    const huge = await store.insert(capture({ path: '/huge', body: Buffer.alloc(9000, 2), bodySize: 9000 }));
    expect(store.get(huge)!.body.length).toBe(9000);
  });

  it('counts the bytes the database files take on disk against the size limit', async () => {
    const limit = 2 * 1024 * 1024;
    // The WAL counts too; its policy is scaled down with the limit (48 MB of 2 GB by default).
    const wal = {
      intervalMs: 20,
      idleMs: 150,
      eagerBytes: 64 * 1024,
      restartAtBytes: 128 * 1024,
      finishBytes: 64 * 1024,
      maxBytes: 256 * 1024,
    };
    const store = openStore({ retention: () => ({ maxCaptures: 100_000, maxBytes: limit }), wal });
    // Small bodies with a large analysis (signature evidence, cards): what a capture costs on disk
    // is mostly what is derived from it, which no estimate from the request alone can see.
    for (let i = 0; i < 300; i++) {
      const id = await store.insert(capture({ path: `/big-analysis/${i}` }));
      store.setAnalysis(id, {
        provider: null,
        payloadFamily: null,
        verdict: 'unsigned',
        summary: null,
        duplicateOf: null,
        timestampAge: null,
        analysis: { evidence: randomBytes(12 * 1024).toString('base64') },
      });
    }
    const onDisk = ['', '-wal', '-shm']
      .map((s) => statSync(join(store.dataDir, `captures.sqlite${s}`), { throwIfNoEntry: false })?.size ?? 0)
      .reduce((a, b) => a + b, 0);
    const raw = new DatabaseSync(join(store.dataDir, 'captures.sqlite'), { readOnly: true });
    const free = (raw.prepare('PRAGMA freelist_count').get() as { freelist_count: number }).freelist_count;
    raw.close();
    // 300 × 16 KB would be about 5 MB: the oldest were evicted to keep the files near the limit.
    expect(store.size().count).toBeLessThan(300);
    expect(store.size().bytes).toBe(onDisk - free * 8192);
    expect(store.size().bytes).toBeLessThan(limit + 2 * wal.maxBytes);
    expect(store.list({ limit: 1 }).items[0]!.path).toBe('/big-analysis/299');
    expect(store.get(1)).toBeNull();
  });

  it('clears everything', async () => {
    const store = openStore();
    await store.insert(capture());
    await store.insert(capture());
    expect(store.clear()).toBe(2);
    expect(store.list({}).total).toBe(0);
    expect(store.list({ query: 'hello' }).items).toEqual([]);
  });

  it('reports the earliest capture that already carried an idempotency key', async () => {
    const store = openStore();
    const a = await store.insert(capture());
    const b = await store.insert(capture());
    const c = await store.insert(capture());
    expect(store.claimDedupeKeys(a, ['wamid.1'])).toBeNull();
    expect(store.claimDedupeKeys(b, ['wamid.2'])).toBeNull();
    expect(store.claimDedupeKeys(c, ['wamid.2', 'wamid.1'])).toBe(a);
  });

  it('filters by signer and by payload family separately', async () => {
    const store = openStore();
    const wa = await store.insert(capture({ path: '/wa' }));
    const social = await store.insert(capture({ path: '/social' }));
    const analysis = { summary: null, duplicateOf: null, timestampAge: null, analysis: null, verdict: null };
    store.setAnalysis(wa, {
      ...analysis,
      provider: 'meta',
      payloadFamily: 'whatsapp-cloud',
      verdict: 'pass',
    });
    store.setAnalysis(social, { ...analysis, provider: null, payloadFamily: 'socialhook' });
    expect(store.list({ provider: 'meta' }).items.map((c) => c.path)).toEqual(['/wa']);
    expect(store.list({ payloadFamily: 'socialhook' }).items.map((c) => c.path)).toEqual(['/social']);
    expect(store.list({ payloadFamily: 'whatsapp-cloud' }).items[0]).toMatchObject({
      provider: 'meta',
      payloadFamily: 'whatsapp-cloud',
    });
  });

  it('upgrading moves payload family names out of the signer column (migration 5)', () => {
    const dir = tempDir();
    // A database as version 4 left it: `provider` held the family when no signer was found.
    const raw = new DatabaseSync(join(dir, 'captures.sqlite'));
    for (const m of migrations.slice(0, 4)) raw.exec(m);
    raw.exec('PRAGMA user_version = 4');
    const insert = raw.prepare(
      `INSERT INTO captures (received_at_us, method, path, http_version, remote_address, headers, body,
         body_size, status, kind, stored_bytes, provider, verdict, analysis)
       VALUES (1, 'POST', ?, '1.1', '127.0.0.1:1', '[]', x'', 0, 200, 'request', 128, ?, ?, ?)`,
    );
    insert.run('/social', 'socialhook', null, JSON.stringify({ decoder: 'socialhook', cards: [] }));
    insert.run('/wa', 'meta', 'unsigned', JSON.stringify({ decoder: 'whatsapp-cloud', cards: [] }));
    insert.run('/plain', null, null, JSON.stringify({ decoder: null, cards: [] }));
    raw.close();
    const store = new CaptureStore(dir);
    keep(store);
    const byPath = Object.fromEntries(store.list({}).items.map((c) => [c.path, c]));
    expect(byPath['/social']).toMatchObject({ provider: null, payloadFamily: 'socialhook' });
    expect(byPath['/wa']).toMatchObject({
      provider: 'meta',
      payloadFamily: 'whatsapp-cloud',
      verdict: 'unsigned',
    });
    expect(byPath['/plain']).toMatchObject({ provider: null, payloadFamily: null });
  });

  it('keeps data across reopen, applies migrations once, and refuses a newer schema with a clear error', async () => {
    const dir = tempDir();
    const first = new CaptureStore(dir);
    await first.insert(capture({ path: '/kept' }));
    first.close();
    const second = new CaptureStore(dir);
    expect(second.list({}).items.map((c) => c.path)).toEqual(['/kept']);
    second.close();
    const raw = new DatabaseSync(join(dir, 'captures.sqlite'));
    raw.exec('PRAGMA user_version = 99');
    raw.close();
    expect(() => new CaptureStore(dir)).toThrow(/newer Hookscope/);
  });
});

describe('stored bodies compressed as they are inserted', () => {
  it('are stored smaller and read back byte for byte; incompressible ones stay raw', async () => {
    const store = openStore();
    const json = Buffer.from(
      JSON.stringify({ entry: Array.from({ length: 60 }, (_, i) => ({ id: i, text: 'kumquat order' })) }),
    );
    const noise = randomBytes(4096);
    const jsonId = await store.insert(capture({ body: json, bodySize: json.length }));
    const noiseId = await store.insert(capture({ body: noise, bodySize: noise.length }));
    const raw = new DatabaseSync(join(store.dataDir, 'captures.sqlite'), { readOnly: true });
    const stored = raw.prepare('SELECT id, body_codec, length(body) AS n FROM captures ORDER BY id').all();
    raw.close();
    expect(stored[0]).toMatchObject({ id: jsonId, body_codec: 1 });
    expect(Number(stored[0]!.n)).toBeLessThan(json.length / 4);
    expect(stored[1]).toEqual({ id: noiseId, body_codec: 0, n: 4096 });
    expect(store.get(jsonId)!.body.equals(json)).toBe(true);
    expect(store.get(noiseId)!.body.equals(noise)).toBe(true);
    // The search index reads the decompressed text.
    expect(store.list({ query: 'kumquat' }).items.map((c) => c.id)).toEqual([jsonId]);
  });
});

describe('stored analysis compressed as it is written', () => {
  const analysis = (version: number) => ({
    version,
    signature: { verdict: 'no-secret', signedContent: { preview: '{"entry":"'.padEnd(2000, 'x') + '"}' } },
    cards: [],
    note: 'kumquat delivered',
    decoder: 'whatsapp-cloud',
  });
  const columns = (a: unknown) => ({
    provider: 'meta',
    payloadFamily: 'whatsapp-cloud',
    verdict: 'no_secret',
    summary: 'text message',
    duplicateOf: null,
    timestampAge: null,
    analysis: a,
  });

  it('takes a fraction of its JSON on disk and reads back equal, with its version in a column', async () => {
    const store = openStore();
    const id = await store.insert(capture());
    const small = await store.insert(capture());
    store.setAnalysis(id, columns(analysis(3)));
    store.setAnalysis(small, columns({ version: 3, cards: [] }));
    const raw = new DatabaseSync(join(store.dataDir, 'captures.sqlite'), { readOnly: true });
    const stored = raw
      .prepare(
        `SELECT a.codec, c.analysis_version, length(a.data) AS n
         FROM captures c JOIN capture_analysis a ON a.capture_id = c.id ORDER BY c.id`,
      )
      .all();
    raw.close();
    expect(stored[0]).toMatchObject({ codec: 1, analysis_version: 3 });
    expect(Number(stored[0]!.n)).toBeLessThan(JSON.stringify(analysis(3)).length / 4);
    // Too small to be worth a codec: kept as JSON text.
    expect(stored[1]).toMatchObject({ codec: 0, analysis_version: 3 });
    expect(store.get(id)!.analysis).toEqual(analysis(3));
    expect(store.get(small)!.analysis).toEqual({ version: 3, cards: [] });
    expect(store.idsAnalysedBefore(4)).toEqual([id, small]);
    expect(store.idsAnalysedBefore(3)).toEqual([]);
  });

  it('analyses stored as JSON before the upgrade read back and keep their version (migration 14)', () => {
    const dir = tempDir();
    const raw = new DatabaseSync(join(dir, 'captures.sqlite'));
    for (const m of migrations.slice(0, 13)) raw.exec(m);
    raw.exec('PRAGMA user_version = 13');
    const insert = raw.prepare(
      `INSERT INTO captures (received_at_us, method, path, http_version, remote_address, headers, body,
         body_size, status, kind, stored_bytes, analysis)
       VALUES (1, 'POST', '/old', '1.1', '127.0.0.1:1', '[]', x'', 0, 200, 'request', 128, ?)`,
    );
    insert.run(JSON.stringify(analysis(2)));
    insert.run(JSON.stringify(analysis(5)));
    raw.close();
    const store = openStore({}, dir);
    expect(store.get(1)!.analysis).toEqual(analysis(2));
    expect(store.idsAnalysedBefore(5)).toEqual([1]);
  });
});

describe('the analysis in its own table (migration 15)', () => {
  const analysedColumns = (i: number) => ({
    provider: 'meta',
    payloadFamily: 'whatsapp-cloud',
    verdict: 'no-secret',
    summary: `message ${i}`,
    duplicateOf: null,
    timestampAge: null,
    analysis: { version: 1, signature: { preview: `order ${i} arrived `.repeat(40) }, cards: [] },
  });

  it('moves a store of the old layout with every body and analysis intact', () => {
    const dir = tempDir();
    const raw = new DatabaseSync(join(dir, 'captures.sqlite'));
    for (const m of migrations.slice(0, 14)) raw.exec(m);
    raw.exec('PRAGMA user_version = 14');
    const json = Buffer.from(JSON.stringify({ entry: Array.from({ length: 40 }, (_, i) => ({ i })) }));
    const packedBody = compressBody(json)!;
    const analysisJson = JSON.stringify(analysedColumns(1).analysis);
    const packedAnalysis = compressBody(Buffer.from(analysisJson))!;
    const noise = randomBytes(3000);
    const insert = raw.prepare(
      `INSERT INTO captures (received_at_us, method, path, http_version, remote_address, headers, body,
         body_codec, body_size, status, kind, stored_bytes, analysis, analysis_codec, analysis_version)
       VALUES (1, 'POST', ?, '1.1', '127.0.0.1:1', '[]', ?, ?, ?, 200, 'request', 128, ?, ?, ?)`,
    );
    // Compressed body and analysis; raw body with the analysis as JSON text; never analysed.
    insert.run('/packed', packedBody.data, packedBody.codec, json.length, packedAnalysis.data, 1, 1);
    insert.run('/raw', noise, 0, noise.length, analysisJson, 0, 1);
    insert.run('/pending', json, 0, json.length, null, 0, null);
    raw.close();

    const store = openStore({}, dir);
    expect(store.get(1)!.body.equals(json)).toBe(true);
    expect(store.get(2)!.body.equals(noise)).toBe(true);
    expect(store.get(3)!.body.equals(json)).toBe(true);
    expect(store.get(1)!.analysis).toEqual(analysedColumns(1).analysis);
    expect(store.get(2)!.analysis).toEqual(analysedColumns(1).analysis);
    expect(store.get(3)!.analysis).toBeNull();
    expect(store.unanalysedIds()).toEqual([3]);
    expect(store.idsAnalysedBefore(2)).toEqual([1, 2]);
  });

  it('leaves the rows packed when captures are analysed after they are stored', async () => {
    const store = openStore();
    const bodies = Array.from({ length: 1500 }, (_, i) =>
      Buffer.from(
        JSON.stringify({ id: i, text: `${randomBytes(300).toString('hex')} ${'order '.repeat(200)}` }),
      ),
    );
    for (let i = 0; i < bodies.length; i += 100)
      await Promise.all(
        bodies.slice(i, i + 100).map((body) => store.insert(capture({ body, bodySize: body.length }))),
      );
    // As the background analyses them: in id order, a few per transaction.
    for (let id = 1; id <= bodies.length; id += 10)
      store.transaction(() => {
        for (let k = id; k < id + 10; k++) store.setAnalysis(k, analysedColumns(k));
      });
    const db = new DatabaseSync(store.file, { readOnly: true });
    const pages = db
      .prepare("SELECT sum(pgsize) AS size, sum(unused) AS unused FROM dbstat WHERE name = 'captures'")
      .get() as { size: number; unused: number };
    db.close();
    // Rows that grew after their insert split their pages and left about a third of them empty.
    expect(pages.unused / pages.size).toBeLessThan(0.15);
    expect(store.get(777)!.body.equals(bodies[776]!)).toBe(true);
    expect(store.get(777)!.analysis).toEqual(analysedColumns(777).analysis);
  });
});

describe('search while the index catches up', () => {
  it('answers from what is indexed and says how many captures it could not see yet', async () => {
    const store = openStore();
    await Promise.all(
      Array.from({ length: 5000 }, (_, i) =>
        store.insert(capture({ path: `/p${i}`, body: Buffer.from(`{"text":"needle number ${i}"}`) })),
      ),
    );
    const early = store.list({ query: 'needle', limit: 10_000 });
    // Oldest first into the index: what it found is the start of history, the rest is reported.
    expect(early.unindexed).toBeGreaterThan(0);
    expect(early.items.length + early.unindexed).toBe(5000);
    expect(early.items.at(-1)!.path).toBe('/p0');
    while (store.indexPending(Number.POSITIVE_INFINITY, performance.now() + 4));
    const late = store.list({ query: 'needle', limit: 200 });
    expect(late.unindexed).toBe(0);
    expect(late.items[0]!.path).toBe('/p4999');
    expect(late.items).toHaveLength(200);
    expect(late.nextCursor).not.toBeNull();
  });

  it('keeps the index merged in background steps, so its segments stay few and every capture is found', async () => {
    const store = openStore();
    await Promise.all(
      Array.from({ length: 3000 }, (_, i) =>
        store.insert(capture({ path: `/m${i}`, body: Buffer.from(`{"text":"merged word ${i % 7}"}`) })),
      ),
    );
    // Short steps, as under load: every one commits a new segment of a few rows.
    let steps = 0;
    while (store.indexInBackground(performance.now() + 0.5)) steps++;
    expect(steps).toBeGreaterThan(20);
    const db = new DatabaseSync(store.file, { readOnly: true });
    const segments = (
      db.prepare('SELECT count(DISTINCT segid) AS n FROM captures_fts_idx').get() as { n: number }
    ).n;
    db.close();
    expect(segments).toBeLessThan(16);
    const page = store.list({ query: 'merged', limit: 5000 });
    expect(page.unindexed).toBe(0);
    expect(page.items).toHaveLength(3000);
  });

  it('reports nothing unindexed for a list without a query', async () => {
    const store = openStore();
    await store.insert(capture());
    expect(store.list({}).unindexed).toBe(0);
  });
});

describe('the write-ahead log while the app runs', () => {
  const walPolicy = {
    intervalMs: 20,
    idleMs: 150,
    eagerBytes: 512 * 1024,
    restartAtBytes: 2 * 1024 * 1024,
    finishBytes: 1024 * 1024,
    maxBytes: 4 * 1024 * 1024,
  };
  const walSize = (store: CaptureStore): number =>
    statSync(join(store.dataDir, 'captures.sqlite-wal'), { throwIfNoEntry: false })?.size ?? 0;

  it('starts over under steady writes instead of growing with every capture', async () => {
    const store = openStore({ wal: walPolicy });
    // Incompressible, so the WAL gets the full 48 MB.
    const body = randomBytes(64 * 1024);
    let largest = 0;
    let written = 0;
    // 48 MB in batches of 256 KB, each committed before the next (like a receiver under load).
    for (let i = 0; i < 192; i++) {
      await Promise.all([0, 1, 2, 3].map(() => store.insert(capture({ body, bodySize: body.length }))));
      written += 4 * body.length;
      largest = Math.max(largest, walSize(store));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(written).toBeGreaterThan(48 * 1024 * 1024 - 1);
    // Bounded by the limit (commits wait once it is reached), not by the 48 MB written.
    expect(largest).toBeLessThan(2 * walPolicy.maxBytes);
    // Every capture is still there, byte for byte.
    expect(store.size().count).toBe(768);
    expect(store.get(768)!.body.equals(body)).toBe(true);
  });

  it('is emptied once captures stop arriving, with every capture in the database file', async () => {
    const store = openStore({ wal: walPolicy });
    const body = randomBytes(32 * 1024);
    await Promise.all(
      Array.from({ length: 64 }, () => store.insert(capture({ body, bodySize: body.length }))),
    );
    expect(walSize(store)).toBeGreaterThan(2 * 1024 * 1024);
    await expect.poll(() => walSize(store), { timeout: 10_000 }).toBe(0);
    const raw = new DatabaseSync(join(store.dataDir, 'captures.sqlite'), { readOnly: true });
    expect(raw.prepare('SELECT count(*) AS n FROM captures').get()).toEqual({ n: 64 });
    raw.close();
    // Writing goes on normally after the truncation.
    const id = await store.insert(capture({ path: '/after-truncate' }));
    expect(store.get(id)!.path).toBe('/after-truncate');
  });

  it('is emptied once captures stop arriving, even while background analysis is still writing', async () => {
    const store = openStore({ wal: walPolicy });
    const body = randomBytes(16 * 1024);
    await Promise.all(
      Array.from({ length: 400 }, () => store.insert(capture({ body, bodySize: body.length }))),
    );
    expect(walSize(store)).toBeGreaterThan(2 * 1024 * 1024);
    // The background step as the scheduler runs it, one analysis per slice so it is still
    // writing long after the idle time (and skipping slices while writes are held).
    let emptiedWhilePending = false;
    let pending = true;
    let next = 1;
    const writer = setInterval(() => {
      if (store.writesArePaused || !pending) return;
      if (walSize(store) === 0) emptiedWhilePending = true;
      store.transaction(() =>
        store.setAnalysis(next, {
          provider: null,
          payloadFamily: null,
          verdict: null,
          summary: `analysed ${next}`,
          duplicateOf: null,
          timestampAge: null,
          analysis: { version: 1, signature: null, cards: [], decoder: null, note: 'x'.repeat(2000) },
        }),
      );
      pending = ++next <= 400;
    }, 5);
    try {
      await expect.poll(() => emptiedWhilePending || !pending, { timeout: 10_000 }).toBe(true);
    } finally {
      clearInterval(writer);
    }
    expect(emptiedWhilePending).toBe(true);
    expect(store.get(400)!.body.equals(body)).toBe(true);
  });
});
