// The Settings view shows retention next to current usage: getStatus reports the bytes the size
// limit counts and what the database takes on disk, and both follow the captures.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../helpers/in-process-core';

let core: TestCore;
beforeAll(async () => {
  core = await startTestCore();
});
afterAll(() => core.dispose());

it('reports stored bytes (bodies included) and the database files on disk', async () => {
  await core.service.call('clearCaptures', {});
  const before = await core.service.call('getStatus', {});
  expect(before.captureCount).toBe(0);
  expect(before.storedBytes).toBe(0);

  const body = 'x'.repeat(200_000);
  for (let i = 0; i < 3; i++) {
    const res = await fetch(`${core.receiverUrl}/usage/${i}`, { method: 'POST', body });
    expect(res.status).toBe(200);
  }
  const after = await core.service.call('getStatus', {});
  expect(after.captureCount).toBe(3);
  // Each capture counts at least its body; the overhead (headers, path, response) is small.
  expect(after.storedBytes).toBeGreaterThanOrEqual(3 * body.length);
  expect(after.storedBytes).toBeLessThan(3 * body.length + 3 * 4096);
  const onDisk = ['', '-wal', '-shm']
    .map((s) => {
      try {
        return statSync(join(after.dataDir, `captures.sqlite${s}`)).size;
      } catch {
        return 0;
      }
    })
    .reduce((a, b) => a + b, 0);
  expect(after.databaseFileBytes).toBeGreaterThanOrEqual(3 * body.length);
  expect(after.databaseFileBytes).toBe(onDisk);

  await core.service.call('clearCaptures', {});
  expect((await core.service.call('getStatus', {})).storedBytes).toBe(0);
});
