// Another program holding the database's write lock (a second Hookscope is refused by the data-dir
// lock, but sqlite3 or a backup tool is not): the process stays up, the receiver answers 500
// capture_failed, background work pauses, the problem is logged once saying what holds it, and
// everything resumes by itself when the lock is released.
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, expect, it, vi } from 'vitest';
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

it('answers 500 capture_failed while another program holds the write lock, logs it once, and resumes', async () => {
  // Captures stored by an earlier run and never analysed: background work starts on them at once.
  const dataDir = await dataDirWithUnanalysedCaptures('hookscope-busy-core-', 200);

  const { logger, lines } = collectingLogger();
  core = await startTestCore({ dataDir, logger });
  // The core waits up to 5 s for a lock on the loop; the test does not need to wait that long.
  dbOf(core).exec('PRAGMA busy_timeout = 20');
  const other = new DatabaseSync(join(dataDir, 'captures.sqlite'));
  other.exec('BEGIN IMMEDIATE');

  for (let i = 0; i < 5; i++) {
    const res = await fetch(`${core.receiverUrl}/while-locked`, { method: 'POST', body: 'x'.repeat(1000) });
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: string }).error).toBe('capture_failed');
  }
  await vi.waitFor(() => expect(lines.some((l) => l.startsWith('error Background work'))).toBe(true));
  const storing = lines.filter((l) => l.startsWith('error Storing captures'));
  expect(storing).toHaveLength(1);
  expect(storing[0]).toMatch(/locked.*Another program is holding the database/);
  expect(lines.filter((l) => l.startsWith('error Background work'))).toHaveLength(1);

  other.exec('ROLLBACK');
  other.close();
  const after = await fetch(`${core.receiverUrl}/after-locked`, { method: 'POST', body: 'back' });
  expect(after.status).toBe(200);
  expect(lines).toContain('info Storing captures works again.');
  await vi.waitFor(
    () => expect(lines).toContain('info Background work (analysis, search index) works again.'),
    { timeout: 10_000 },
  );
  // Every capture of the earlier run is analysed and searchable once the lock is gone.
  await vi.waitFor(
    () =>
      expect(
        dbOf(core!).prepare('SELECT count(*) AS n FROM captures WHERE analysis_version IS NULL').get(),
      ).toEqual({
        n: 0,
      }),
    { timeout: 10_000 },
  );
  const page = await core.service.call('listCaptures', { query: 'needle7' });
  expect(page.items.map((c) => c.path)).toEqual(['/earlier/7']);
  expect(uncaught).toEqual([]);
}, 20_000);
