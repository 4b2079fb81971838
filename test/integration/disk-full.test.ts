// Disk full while webhooks arrive and background work (analysis, search index) runs: the process
// stays up, the receiver answers 500 capture_failed, background work pauses, the problem is logged
// once with what to do, and everything resumes by itself when space returns.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startTestCore, type TestCore } from '../helpers/in-process-core';
import {
  collectingLogger,
  collectUncaught,
  coreDatabase as dbOf,
  dataDirWithUnanalysedCaptures,
} from '../helpers/store-trouble';

const uncaught = collectUncaught();
let core: TestCore | undefined;
afterAll(() => core?.dispose());

describe('disk full', () => {
  it('answers 500 capture_failed, pauses background work and resumes when space returns', async () => {
    // Captures stored by an earlier run and never analysed or indexed: the new run's background
    // work starts on them right away.
    const dataDir = await dataDirWithUnanalysedCaptures('hookscope-full-core-', 6000);

    const { logger, lines } = collectingLogger();
    core = await startTestCore({ dataDir, logger });
    // Before the first background slice runs: the disk is now full (no page may be added).
    const db = dbOf(core);
    const { page_count } = db.prepare('PRAGMA page_count').get() as { page_count: number };
    db.exec(`PRAGMA max_page_count = ${page_count}`);

    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${core.receiverUrl}/while-full`, {
        method: 'POST',
        // Random bytes: compression cannot make them fit.
        body: randomBytes(100_000),
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
        expect(db.prepare('SELECT count(*) AS n FROM captures WHERE analysis_version IS NULL').get()).toEqual(
          {
            n: 0,
          },
        ),
      { timeout: 10_000 },
    );
    expect(lines).toContain('info Storing captures works again.');
    expect(uncaught).toEqual([]);
    rmSync(dataDir, { recursive: true, force: true });
  }, 20_000);
});
