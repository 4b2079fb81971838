// The receiver's latency while heavy work runs, one job at a time, against the same load with no
// job (baseline, same run): exports of every capture (JSON, HAR), searches right after a burst,
// re-verification of every capture after a secret change, the analysis of a 16 MB JSON body and the
// full diagnosis of a 25 MB body whose signature fails.
// Then the WAL under sustained 64 KB load and after 3 s idle, and peak RSS with 40 concurrent
// 24 MB uploads. BENCH_SCALE=0.1 shrinks the history (100k captures at 1).
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { CaptureStore } from '../../src-main/core/store/capture-store';
import { startChild } from './support/bench-child';
import { BENCH_SCALE, whatsappCapture } from './support/whatsapp-captures';

const N = Math.round(100_000 * BENCH_SCALE);
const RATE = 200; // requests per second during each phase (a busy webhook stream)

interface Latency {
  p99: number;
  max: number;
  requests: number;
  errors: number;
}

/** 1 KB webhooks at RATE/s for as long as `job` runs (at least 2 s). */
async function underLoad(port: number, job: () => Promise<unknown>): Promise<Latency & { jobMs: number }> {
  const body = whatsappCapture(1).body.subarray(0, 1024).toString();
  const started = performance.now();
  let jobMs = 0;
  const jobDone = job().then(() => {
    jobMs = performance.now() - started;
  });
  let instance: autocannon.Instance | null = null;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: `http://127.0.0.1:${port}/webhooks/load`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections: 10,
        overallRate: RATE,
        duration: 600,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  await jobDone;
  const left = 2000 - (performance.now() - started);
  if (left > 0) await new Promise((r) => setTimeout(r, left));
  (instance as unknown as { stop(): void }).stop();
  const result = await finished;
  return {
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    jobMs,
  };
}

function dirBytes(dir: string, name: string): number {
  return statSync(join(dir, name), { throwIfNoEntry: false })?.size ?? 0;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hookscope-heavy-'));
  // History: N WhatsApp captures stored as a burst leaves them (not yet analysed or indexed).
  const seed = new CaptureStore(dataDir);
  for (let i = 0; i < N; i += 1000)
    await Promise.all(
      Array.from({ length: Math.min(1000, N - i) }, (_, k) => seed.insert(whatsappCapture(i + k))),
    );
  seed.close();
  console.log(`# Receiver latency during heavy work (${N.toLocaleString()} captures, ${RATE} req/s of 1 KB)`);
  const child = await startChild(dataDir);
  const rows: [string, Latency & { jobMs: number }][] = [];
  const row = (label: string, r: Latency & { jobMs: number }): void => {
    rows.push([label, r]);
    console.log(
      `${label.padEnd(34)} p99 ${String(r.p99).padStart(4)} ms  max ${String(r.max).padStart(5)} ms  job ${(r.jobMs / 1000).toFixed(1).padStart(5)} s  requests ${r.requests}  errors ${r.errors}`,
    );
  };
  // Right after start the backlog (analysis, indexing, compression of N captures) runs too.
  row(
    'search right after the burst (×20)',
    await underLoad(child.port, async () => {
      for (let i = 0; i < 20; i++) {
        child.send('listCaptures', { query: i % 2 ? 'order' : 'delivery status', limit: 200 });
        await child.waitFor(/RESULT /);
      }
    }),
  );
  row('baseline (no job)', await underLoad(child.port, () => new Promise((r) => setTimeout(r, 3000))));
  for (const format of ['json', 'har'] as const) {
    row(
      `export ${format.toUpperCase()} of everything`,
      await underLoad(child.port, async () => {
        child.send('startExport', { format });
        await child.waitFor(/EXPORT (.*)/);
      }),
    );
  }
  row(
    're-verify everything (secret added)',
    await underLoad(child.port, async () => {
      child.send('putSecret', { provider: 'meta', label: 'bench', secret: 'bench-secret' });
      await child.waitFor(/REVERIFIED|RESULT \{"error"/, 300_000);
    }),
  );
  const big = Buffer.from(
    JSON.stringify({
      object: 'whatsapp_business_account',
      items: Array.from({ length: 196_000 }, (_, i) => ({ id: i, text: 'x'.repeat(60) })),
    }),
  );
  row(
    `analyse a ${Math.round(big.length / 1024 / 1024)} MB JSON body`,
    await underLoad(child.port, async () => {
      const res = await fetch(`http://127.0.0.1:${child.port}/webhooks/big`, {
        method: 'POST',
        body: big,
        headers: { 'content-type': 'application/json' },
      });
      await res.arrayBuffer();
      child.send('listCaptures', { pathPrefix: '/webhooks/big', limit: 1 });
      const listed = JSON.parse((await child.waitFor(/RESULT (.*)/))[1]!) as {
        r: { items: { id: number }[] };
      };
      child.send('getCapture', { id: listed.r.items[0]!.id });
      await child.waitFor(/RESULT /);
    }),
  );

  // A 25 MB delivery whose signature fails (Meta's header, signed with another secret): the full
  // diagnosis recomputes the digest for every "what if" over the whole body.
  const huge = Buffer.from(
    JSON.stringify({ object: 'whatsapp_business_account', pad: 'z'.repeat(25 * 1000 * 1000 - 60) }),
  );
  row(
    `full diagnosis of a ${Math.round(huge.length / 1000 / 1000)} MB body`,
    await underLoad(child.port, async () => {
      const res = await fetch(`http://127.0.0.1:${child.port}/webhooks/huge`, {
        method: 'POST',
        body: huge,
        headers: {
          'content-type': 'application/json',
          'x-hub-signature-256':
            'sha256=' + createHmac('sha256', 'not-the-secret').update(huge).digest('hex'),
        },
      });
      await res.arrayBuffer();
      child.send('listCaptures', { pathPrefix: '/webhooks/huge', limit: 1 });
      const listed = JSON.parse((await child.waitFor(/RESULT (.*)/))[1]!) as {
        r: { items: { id: number }[] };
      };
      child.send('getCapture', { id: listed.r.items[0]!.id });
      const detail = (await child.waitFor(/RESULT (.*)/))[1]!;
      if (!detail.includes('"verdict":"fail"'))
        throw new Error(`expected a failed verdict: ${detail.slice(0, 300)}`);
    }),
  );

  // WAL under sustained 64 KB load, then idle.
  let walMax = 0;
  const sampler = setInterval(
    () => (walMax = Math.max(walMax, dirBytes(dataDir, 'captures.sqlite-wal'))),
    100,
  );
  const heavy = await autocannon({
    url: `http://127.0.0.1:${child.port}/webhooks/64k`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ pad: 'y'.repeat(64 * 1024) }),
    connections: 20,
    duration: 8,
  });
  clearInterval(sampler);
  await new Promise((r) => setTimeout(r, 3500));
  const walIdle = dirBytes(dataDir, 'captures.sqlite-wal');
  console.log(
    `\nWAL under 8 s of 64 KB at ${heavy.requests.average.toFixed(0)} req/s: max ${(walMax / 1024 / 1024).toFixed(1)} MB; after 3.5 s idle: ${(walIdle / 1024 / 1024).toFixed(1)} MB`,
  );
  await child.stop();
  rmSync(dataDir, { recursive: true, force: true });

  // 40 concurrent 24 MB uploads against the in-flight budget.
  const uploadDir = mkdtempSync(join(tmpdir(), 'hookscope-uploads-'));
  const uploads = await startChild(uploadDir);
  const upload = Buffer.alloc(24 * 1024 * 1024, 'u');
  const statuses = await Promise.all(
    Array.from({ length: 40 }, () =>
      fetch(`http://127.0.0.1:${uploads.port}/upload`, { method: 'POST', body: upload }).then(
        async (r) => (await r.arrayBuffer(), r.status),
        () => 0,
      ),
    ),
  );
  const doneLine = /DONE (-?\d+) (\d+)/.exec(await uploads.stop());
  const peakMb = Number(doneLine?.[2] ?? 0) / 1024 / 1024;
  rmSync(uploadDir, { recursive: true, force: true });
  const count = (s: number): number => statuses.filter((x) => x === s).length;
  console.log(
    `40 × 24 MB uploads at once: ${count(200)} stored, ${count(503)} answered 503 (Retry-After), ${count(0)} failed; peak RSS ${peakMb.toFixed(0)} MB`,
  );

  const base = rows.find(([l]) => l.startsWith('baseline'))![1];
  console.log('\n# Targets');
  for (const [label, r] of rows) {
    const met = r.p99 < 50 && r.max < 100;
    console.log(
      `${label.padEnd(34)} p99 ${r.p99} ms (baseline ${base.p99}) < 50, max ${r.max} ms < 100 → ${met ? 'MET' : 'MISSED'}`,
    );
  }
  console.log(
    `WAL ≤ 64 MB under load → ${(walMax / 1024 / 1024).toFixed(1)} MB ${walMax <= 64 * 1024 * 1024 ? 'MET' : 'MISSED'}; truncated when idle → ${walIdle === 0 ? 'MET' : 'MISSED'}`,
  );
  console.log(
    `RSS < 500 MB with 40 × 24 MB uploads → ${peakMb.toFixed(0)} MB ${peakMb < 500 ? 'MET' : 'MISSED'}`,
  );
}

void main();
