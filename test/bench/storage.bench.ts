// Disk, WAL and memory of the real core (bench-server.ts in a child process, as the app runs it):
//  1. 50k WhatsApp captures of ~2 KB (bodies compressed as stored), analysed and indexed by the core's own
//     background work: the data dir against the raw captured bytes, measured while the app runs
//     after its idle checkpoint (what the user's disk holds), and again after a clean stop.
//  2. The same history grown to 100k, restarted and analysed again: the process's RSS at rest.
//  3. The WAL under 8 s of sustained 64 KB webhooks: its largest size, how long it stayed above
//     64 MB, and how long after the load it was emptied.
//  4. 40 uploads of 24 MB at once against the in-flight body budget: peak RSS.
// The baseline for the memory figures is the same server's RSS right after start, in the same run.
// BENCH_SCALE=0.1 shrinks the histories.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import autocannon from 'autocannon';
import { CaptureStore } from '../../src-main/core/store/capture-store';
import { startChild } from './support/bench-child';
import { BENCH_SCALE, whatsappCapture } from './support/whatsapp-captures';

const DISK_N = Math.round(50_000 * BENCH_SCALE);
const RSS_N = Math.round(100_000 * BENCH_SCALE);
const MB = 1024 * 1024;

/** Current and peak resident memory of a process, from /proc. */
function rssOf(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number =>
    Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  return { now: kb('VmRSS'), peak: kb('VmHWM') };
}

function fileBytes(dir: string, name: string): number {
  return statSync(join(dir, name), { throwIfNoEntry: false })?.size ?? 0;
}

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

/** Bytes the senders sent: bodies and header lines. */
function rawBytes(from: number, to: number): number {
  let raw = 0;
  for (let i = from; i < to; i++) {
    const c = whatsappCapture(i);
    raw += c.body.length + c.headers.reduce((n, [k, v]) => n + k.length + v.length + 4, 0);
  }
  return raw;
}

async function seed(dataDir: string, from: number, to: number): Promise<void> {
  const store = new CaptureStore(dataDir);
  for (let i = from; i < to; i += 1000)
    await Promise.all(
      Array.from({ length: Math.min(1000, to - i) }, (_, k) => store.insert(whatsappCapture(i + k))),
    );
  store.close();
}

/**
 * Wait until the running core has analysed and indexed every capture and the idle
 * checkpoint has emptied the WAL (read through a short-lived read-only connection each poll).
 */
async function settled(dataDir: string, count: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 500));
    const db = new DatabaseSync(join(dataDir, 'captures.sqlite'), { readOnly: true });
    const pending = db.prepare('SELECT count(*) AS n FROM captures WHERE analysis_version IS NULL').get() as {
      n: number;
    };
    const marks = Object.fromEntries(
      (
        db.prepare("SELECT key, value FROM meta WHERE key LIKE '%watermark'").all() as {
          key: string;
          value: string;
        }[]
      ).map((r) => [r.key, Number(r.value)]),
    );
    db.close();
    const done = pending.n === 0 && marks.fts_watermark === count;
    if (done && fileBytes(dataDir, 'captures.sqlite-wal') === 0) return (performance.now() - started) / 1000;
    if (performance.now() - started > 900_000) throw new Error('background work did not finish in 15 min');
  }
}

async function main(): Promise<void> {
  console.log(
    `# Disk and memory at rest (${DISK_N.toLocaleString()} then ${RSS_N.toLocaleString()} WhatsApp captures)`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'hookscope-storage-'));
  await seed(dir, 0, DISK_N);
  let child = await startChild(dir);
  const baseline = rssOf(child.proc.pid!).now;
  const took = await settled(dir, DISK_N);
  const raw = rawBytes(0, DISK_N);
  const running = dirBytes(dir);
  await child.stop();
  const stopped = dirBytes(dir);
  console.log(
    `${DISK_N.toLocaleString()} captures analysed and indexed in ${took.toFixed(0)} s: raw ${(raw / MB).toFixed(1)} MB; data dir running after the idle checkpoint ${(running / MB).toFixed(1)} MB (${(running / raw).toFixed(2)}×), after a clean stop ${(stopped / MB).toFixed(1)} MB (${(stopped / raw).toFixed(2)}×)`,
  );

  await seed(dir, DISK_N, RSS_N);
  child = await startChild(dir);
  const startRss = rssOf(child.proc.pid!).now;
  await settled(dir, RSS_N);
  const rest = rssOf(child.proc.pid!);
  console.log(
    `${RSS_N.toLocaleString()} captures after analysis: RSS ${(rest.now / MB).toFixed(0)} MB at rest (peak ${(rest.peak / MB).toFixed(0)} MB; ${(startRss / MB).toFixed(0)} MB right after start, empty store ${(baseline / MB).toFixed(0)} MB)`,
  );

  // The WAL under sustained 64 KB load (on top of that history), then idle.
  let walMax = 0;
  let above = 0;
  let aboveLongest = 0;
  const sampler = setInterval(() => {
    const wal = fileBytes(dir, 'captures.sqlite-wal');
    walMax = Math.max(walMax, wal);
    above = wal > 64 * MB ? above + 100 : 0;
    aboveLongest = Math.max(aboveLongest, above);
  }, 100);
  const heavy = await autocannon({
    url: `http://127.0.0.1:${child.port}/webhooks/64k`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ pad: 'y'.repeat(64 * 1024) }),
    connections: 20,
    duration: 8,
  });
  clearInterval(sampler);
  // Idle: no more captures, but the background work (compression, index) of the burst may still
  // write for a while; the keeper truncates the WAL each second meanwhile. How long until it is empty?
  const idleFrom = performance.now();
  let walIdle = fileBytes(dir, 'captures.sqlite-wal');
  while (walIdle > 0 && performance.now() - idleFrom < 30_000) {
    await new Promise((r) => setTimeout(r, 100));
    walIdle = fileBytes(dir, 'captures.sqlite-wal');
  }
  const emptiedAfter = (performance.now() - idleFrom) / 1000;
  console.log(
    `WAL under 8 s of 64 KB at ${heavy.requests.average.toFixed(0)} req/s: max ${(walMax / MB).toFixed(1)} MB, longest above 64 MB ${(aboveLongest / 1000).toFixed(1)} s; ${walIdle === 0 ? `emptied ${emptiedAfter.toFixed(1)} s after the load stopped` : `still ${(walIdle / MB).toFixed(1)} MB 30 s after the load stopped`}`,
  );
  await child.stop();
  rmSync(dir, { recursive: true, force: true });

  // 40 concurrent 24 MB uploads against the in-flight budget.
  const uploadDir = mkdtempSync(join(tmpdir(), 'hookscope-uploads-'));
  const uploads = await startChild(uploadDir);
  const idleRss = rssOf(uploads.proc.pid!).now;
  const upload = Buffer.alloc(24 * MB, 'u');
  const statuses = await Promise.all(
    Array.from({ length: 40 }, () =>
      fetch(`http://127.0.0.1:${uploads.port}/upload`, { method: 'POST', body: upload }).then(
        async (r) => (await r.arrayBuffer(), r.status),
        () => 0,
      ),
    ),
  );
  const peakMb = rssOf(uploads.proc.pid!).peak / MB;
  await uploads.stop();
  rmSync(uploadDir, { recursive: true, force: true });
  const count = (s: number): number => statuses.filter((x) => x === s).length;
  console.log(
    `40 × 24 MB uploads at once: ${count(200)} stored, ${count(503)} answered 503 (Retry-After), ${count(0)} failed; peak RSS ${peakMb.toFixed(0)} MB (idle server ${(idleRss / MB).toFixed(0)} MB)`,
  );

  console.log('\n# Targets');
  const ratio = running / raw;
  console.log(
    `data dir ≤ 2× raw at ${DISK_N.toLocaleString()} captures → ${ratio.toFixed(2)}× ${ratio <= 2 ? 'MET' : 'MISSED'}`,
  );
  console.log(
    `RSS < 400 MB with ${RSS_N.toLocaleString()} captures after analysis → ${(rest.now / MB).toFixed(0)} MB ${rest.now < 400 * MB ? 'MET' : 'MISSED'}`,
  );
  console.log(
    `WAL not above 64 MB for more than 3 s under load → ${(aboveLongest / 1000).toFixed(1)} s (max ${(walMax / MB).toFixed(1)} MB) ${aboveLongest <= 3000 ? 'MET' : 'MISSED'}; truncated when idle (≤ 10 s) → ${walIdle === 0 && emptiedAfter <= 10 ? 'MET' : 'MISSED'}`,
  );
  console.log(
    `RSS < 500 MB with 40 × 24 MB uploads → ${peakMb.toFixed(0)} MB ${peakMb < 500 ? 'MET' : 'MISSED'}`,
  );
}

void main();
