// "Acknowledged means stored": kill -9 the server right after the last 2xx and find every
// acknowledged capture, byte-exact, in the data directory.
import { createHash, randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { CaptureStore } from '../../src-main/core/store/capture-store';
import { startHeadless, type HeadlessServer } from '../helpers/headless-server';

let server: HeadlessServer | null = null;
afterAll(async () => {
  await server?.stop();
  if (server) rmSync(server.dataDir, { recursive: true, force: true });
});

it('loses no acknowledged capture when the process is killed with SIGKILL', async () => {
  server = await startHeadless({ keepDataDir: true });
  const sent = new Map<string, string>();
  // Concurrent bursts so several captures share one batched commit, as under real load.
  for (let burst = 0; burst < 10; burst++) {
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const body = randomBytes(512 + i * 37);
        const path = `/durable/${burst}/${i}`;
        const res = await fetch(server!.receiverUrl + path, { method: 'POST', body });
        if (res.status === 200) sent.set(path, createHash('sha256').update(body).digest('hex'));
      }),
    );
  }
  server.child.kill('SIGKILL');
  await new Promise((r) => server!.child.once('exit', r));
  expect(sent.size).toBe(200);

  const store = new CaptureStore(server.dataDir);
  try {
    const stored = new Map<string, string>();
    let cursor: string | undefined;
    do {
      const page = store.list({ cursor, limit: 100 });
      for (const item of page.items) {
        const row = store.get(item.id)!;
        stored.set(row.path, createHash('sha256').update(row.body).digest('hex'));
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    for (const [path, digest] of sent) expect(stored.get(path), path).toBe(digest);
  } finally {
    store.close();
  }
});
