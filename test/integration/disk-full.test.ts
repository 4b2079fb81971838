// Disk full while webhooks arrive and background work (analysis, search index) runs: the process
// stays up, the receiver answers 500 capture_failed, background work pauses, the problem is logged
// once with what to do, and everything resumes by itself when space returns.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CaptureStore } from '../../src-main/core/store/capture-store';
import { startTestCore, type TestCore } from '../helpers/in-process-core';
import type { Logger } from '../../src-main/core/log/logger';

const uncaught: unknown[] = [];
const onUncaught = (e: unknown) => uncaught.push(e);
beforeEach(() => {
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
});
afterEach(() => {
  process.off('uncaughtException', onUncaught);
  process.off('unhandledRejection', onUncaught);
});

let core: TestCore | undefined;
afterAll(() => core?.dispose());

const dbOf = (c: TestCore) =>
  (c.service as unknown as { deps: { store: { db: DatabaseSync } } }).deps.store.db;

describe('disk full', () => {
  it('answers 500 capture_failed, pauses background work and resumes when space returns', async () => {
    // Captures stored by an earlier run and never analysed or indexed: the new run's background
    // work starts on them right away.
    const dataDir = mkdtempSync(join(tmpdir(), 'hookscope-full-core-'));
    const earlier = new CaptureStore(dataDir);
    for (let i = 0; i < 10; i++) {
      const body = Buffer.from(`haystack needle${i} `.repeat(6000));
      await earlier.insert({
        receivedAtUs: 1_700_000_000_000_000 + i,
        method: 'POST',
        path: `/earlier/${i}`,
        httpVersion: '1.1',
        remoteAddress: '127.0.0.1:1',
        headers: [['Content-Type', 'text/plain']],
        body,
        bodySize: body.length,
        bodyTruncated: false,
        contentType: 'text/plain',
        status: 200,
        responseHeaders: [],
        responseBody: Buffer.alloc(0),
        kind: 'request',
        note: null,
      });
    }
    earlier.close();

    const lines: string[] = [];
    const logger: Logger = {
      info: (m) => lines.push(`info ${m}`),
      warn: (m) => lines.push(`warn ${m}`),
      error: (m) => lines.push(`error ${m}`),
    };
    core = await startTestCore({ dataDir, logger });
    // Before the first background slice runs: the disk is now full (no page may be added).
    const db = dbOf(core);
    const { page_count } = db.prepare('PRAGMA page_count').get() as { page_count: number };
    db.exec(`PRAGMA max_page_count = ${page_count}`);

    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${core.receiverUrl}/while-full`, {
        method: 'POST',
        body: Buffer.alloc(100_000, 'x'),
      });
      expect(res.status).toBe(500);
      expect(((await res.json()) as { error: string }).error).toBe('capture_failed');
    }
    await vi.waitFor(() => expect(lines.some((l) => l.startsWith('error Background work'))).toBe(true));
    expect(lines.filter((l) => l.startsWith('error Storing captures'))).toHaveLength(1);
    expect(lines.find((l) => l.startsWith('error Storing captures'))).toMatch(/full.*Free disk space/);
    expect(lines.filter((l) => l.startsWith('error Background work'))).toHaveLength(1);

    db.exec('PRAGMA max_page_count = 4294967294');
    const after = await fetch(`${core.receiverUrl}/after-full`, { method: 'POST', body: 'back' });
    expect(after.status).toBe(200);
    await vi.waitFor(
      () => expect(lines).toContain('info Background work (analysis, search index) works again.'),
      {
        timeout: 10_000,
      },
    );
    const page = await core.service.call('listCaptures', { query: 'needle7' });
    expect(page.items.map((c) => c.path)).toEqual(['/earlier/7']);
    // Every capture stored by the earlier run gets analysed once space returned.
    await vi.waitFor(
      () =>
        expect(db.prepare('SELECT count(*) AS n FROM captures WHERE analysis IS NULL').get()).toEqual({
          n: 0,
        }),
      { timeout: 10_000 },
    );
    expect(lines).toContain('info Storing captures works again.');
    expect(uncaught).toEqual([]);
    rmSync(dataDir, { recursive: true, force: true });
  }, 20_000);
});
