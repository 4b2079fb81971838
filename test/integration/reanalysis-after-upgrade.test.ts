// Stored analysis carries the version of the analysis that wrote it. After an upgrade (simulated
// here by stripping the version, as a build without versions stored it), the core re-analyses those
// captures in the background and announces each one; fresh ones are left alone.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION } from '../../src-main/core/service/analyse-capture';
import { startTestCore, type TestCore } from '../helpers/in-process-core';

let cores: TestCore[] = [];
afterEach(async () => {
  for (const core of cores) await core.close().catch(() => undefined);
  for (const core of cores) rmSync(core.dataDir, { recursive: true, force: true });
  cores = [];
});

const versions = (dataDir: string) => {
  const db = new DatabaseSync(join(dataDir, 'captures.sqlite'));
  try {
    return db.prepare('SELECT id, analysis_version AS version FROM captures ORDER BY id').all() as {
      id: number;
      version: number | null;
    }[];
  } finally {
    db.close();
  }
};

function analysed(core: TestCore, count: number): Promise<number[]> {
  return new Promise((resolve) => {
    const ids: number[] = [];
    const off = core.service.on('capture.updated', (c) => {
      ids.push(c.id);
      if (ids.length >= count) {
        off();
        resolve(ids);
      }
    });
  });
}

describe('analysis version', () => {
  it('is stored with every analysis, and older analyses are redone in the background at start', async () => {
    const first = await startTestCore();
    cores.push(first);
    const done = analysed(first, 2);
    for (const path of ['/one', '/two']) {
      const res = await fetch(first.receiverUrl + path, {
        method: 'POST',
        body: '{"hello":"world"}',
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(200);
    }
    await done;
    await first.close();
    expect(versions(first.dataDir).map((r) => r.version)).toEqual([ANALYSIS_VERSION, ANALYSIS_VERSION]);

    // As an older build left it: #1 analysed without a version, #2 current.
    const db = new DatabaseSync(join(first.dataDir, 'captures.sqlite'));
    db.exec('UPDATE captures SET analysis_version = NULL WHERE id = 1');
    db.close();

    const again = await startTestCore({ dataDir: first.dataDir });
    cores.push(again);
    const redone = await analysed(again, 1);
    expect(redone).toEqual([1]);
    await again.close();
    expect(versions(first.dataDir)).toEqual([
      { id: 1, version: ANALYSIS_VERSION },
      { id: 2, version: ANALYSIS_VERSION },
    ]);
  });
});
