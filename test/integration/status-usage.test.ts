// The Settings view shows retention next to current usage: getStatus reports the bytes the size
// limit counts (the database files on disk less their free pages) and the files' sizes, and both
// follow the captures.
import { randomBytes } from 'node:crypto';
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
  // An empty database still has its tables.
  expect(before.storedBytes).toBeGreaterThan(0);
  expect(before.storedBytes).toBeLessThanOrEqual(before.databaseFileBytes);

  // Random bytes: the background compression cannot shrink them.
  const body = randomBytes(200_000);
  for (let i = 0; i < 3; i++) {
    const res = await fetch(`${core.receiverUrl}/usage/${i}`, { method: 'POST', body });
    expect(res.status).toBe(200);
  }
  const after = await core.service.call('getStatus', {});
  expect(after.captureCount).toBe(3);
  // Each capture takes at least its body on disk.
  expect(after.storedBytes).toBeGreaterThanOrEqual(before.storedBytes + 3 * body.length);
  expect(after.storedBytes).toBeLessThanOrEqual(after.databaseFileBytes);
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
  // The pages of cleared captures are free for new ones: they no longer count.
  expect((await core.service.call('getStatus', {})).storedBytes).toBeLessThan(after.storedBytes);
});
