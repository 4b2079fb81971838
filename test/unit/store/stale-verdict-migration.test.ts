// A valid signature judged outside its timestamp window used to be stored as 'fail'; it is now
// its own verdict ('stale') with the age in a column, and databases written before are carried over.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, expect, it } from 'vitest';
import { CaptureStore } from '../../../src-main/core/store/capture-store';
import { migrations } from '../../../src-main/core/store/schema';

const dirs: string[] = [];
const stores: CaptureStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

it('turns stored "valid signature, timestamp outside the window" failures into stale verdicts with their age', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hookscope-store-'));
  dirs.push(dir);
  const raw = new DatabaseSync(join(dir, 'captures.sqlite'));
  for (const m of migrations.slice(0, 6)) raw.exec(m);
  raw.exec('PRAGMA user_version = 6');
  const insert = raw.prepare(
    `INSERT INTO captures (received_at_us, method, path, http_version, remote_address, headers, body,
       body_size, status, kind, stored_bytes, provider, verdict, analysis)
     VALUES (1, 'POST', ?, '1.1', '127.0.0.1:1', '[]', x'', 0, 200, 'request', 128, 'stripe', ?, ?)`,
  );
  const signature = (reason: string, ageAtCapture: number | null) => ({
    signature: { verdict: 'fail', reason, timestamp: ageAtCapture === null ? null : { ageAtCapture } },
    cards: [],
    decoder: null,
  });
  insert.run('/late', 'fail', JSON.stringify(signature('timestamp-outside-window', 412.5)));
  insert.run('/wrong', 'fail', JSON.stringify(signature('digest-mismatch', 3)));
  insert.run('/ok', 'pass', JSON.stringify(signature('verified', 1)));
  raw.close();

  const store = new CaptureStore(dir);
  stores.push(store);
  const byPath = Object.fromEntries(store.list({}).items.map((c) => [c.path, c]));
  expect(byPath['/late']).toMatchObject({ verdict: 'stale', timestampAge: 412.5 });
  expect(byPath['/wrong']).toMatchObject({ verdict: 'fail', timestampAge: null });
  expect(byPath['/ok']).toMatchObject({ verdict: 'pass', timestampAge: null });
  const late = store.get(byPath['/late']!.id);
  expect((late?.analysis as { signature: { verdict: string } }).signature.verdict).toBe('stale');
  expect(store.list({ verdicts: ['stale'] }).items.map((c) => c.path)).toEqual(['/late']);
});
