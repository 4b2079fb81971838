// Receiver throughput and latency against two ceilings measured in the same run:
// a bare node:http server that reads the body, and a bare Express `express.raw` server.
// Every Hookscope acknowledgement must correspond to a stored row.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { CaptureStore } from '../../src-main/core/store/capture-store';
import { benchServerArgs } from './support/bench-server-command';

const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);
type Kind = 'bare-http' | 'bare-express' | 'hookscope';

interface Row {
  kind: Kind;
  scenario: string;
  rps: number;
  p50: number;
  p99: number;
  ok2xx: number;
  /** 2xx over warm-up and measured run: every one of them must be a stored row. */
  acknowledgedTotal: number;
  errors: number;
  stored: number;
  rssMb: number;
}

function jsonBody(bytes: number): string {
  const base = {
    object: 'whatsapp_business_account',
    entry: [{ id: '1', changes: [{ field: 'messages', value: {} }] }],
    pad: '',
  };
  const overhead = JSON.stringify(base).length;
  base.pad = 'x'.repeat(Math.max(0, bytes - overhead));
  return JSON.stringify(base);
}

async function runServer(kind: Kind, scenario: { size: number; connections: number }): Promise<Row> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hookscope-bench-'));
  const child = spawn(process.execPath, benchServerArgs([kind, dataDir]), {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', () => {
      const m = /PORT (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`${kind} exited ${code}`)));
  });
  const body = jsonBody(scenario.size);
  const common = {
    url: `http://127.0.0.1:${port}/webhooks/bench`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': 'sha256=' + '0'.repeat(64) },
    body,
    connections: scenario.connections,
  };
  const warmup = await autocannon({ ...common, duration: 1 }); // JIT, page cache
  const result = await autocannon({ ...common, duration: DURATION });
  const done = new Promise<string>((resolve) => child.on('exit', () => resolve(out)));
  child.kill('SIGTERM');
  const final = /DONE (-?\d+) (\d+)/.exec(await done);
  let stored = Number(final?.[1] ?? -1);
  if (kind === 'hookscope') {
    const store = new CaptureStore(dataDir);
    stored = store.size().count;
    store.close();
  }
  rmSync(dataDir, { recursive: true, force: true });
  return {
    kind,
    scenario: `${scenario.size >= 1024 ? scenario.size / 1024 + ' KB' : scenario.size + ' B'} × ${scenario.connections} conn`,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok2xx: result['2xx'],
    acknowledgedTotal: warmup['2xx'] + result['2xx'],
    errors: result.errors + result.timeouts + result.non2xx,
    stored,
    rssMb: Number(final?.[2] ?? 0) / 1024 / 1024,
  };
}

async function main(): Promise<void> {
  const scenarios = [
    { size: 1024, connections: 10 },
    { size: 1024, connections: 100 },
    { size: 64 * 1024, connections: 10 },
    { size: 64 * 1024, connections: 100 },
  ];
  const rows: Row[] = [];
  console.log(`# Receiver benchmark (${DURATION}s per run after a 1s warm-up, 127.0.0.1)`);
  for (const scenario of scenarios) {
    for (const kind of ['bare-http', 'bare-express', 'hookscope'] as Kind[]) {
      const row = await runServer(kind, scenario);
      rows.push(row);
      console.log(
        `${row.scenario.padEnd(16)} ${kind.padEnd(13)} ${row.rps.toFixed(0).padStart(7)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  peak RSS ${row.rssMb.toFixed(0)} MB  2xx ${row.ok2xx}  errors ${row.errors}`,
      );
    }
  }
  console.log('\n# Ratios and checks');
  let failures = 0;
  const byScenario = new Map<string, Row[]>();
  for (const r of rows) byScenario.set(r.scenario, [...(byScenario.get(r.scenario) ?? []), r]);
  for (const [scenario, group] of byScenario) {
    const http = group.find((r) => r.kind === 'bare-http')!;
    const exp = group.find((r) => r.kind === 'bare-express')!;
    const hs = group.find((r) => r.kind === 'hookscope')!;
    // Every 2xx (warm-up included) must be a stored row. Autocannon stops each of its two runs
    // with one request in flight per connection, which is stored but never counted as answered.
    const inFlightAtStop = 2 * Number(/× (\d+) conn/.exec(scenario)![1]);
    const lost = hs.stored < hs.acknowledgedTotal || hs.stored > hs.acknowledgedTotal + inFlightAtStop;
    console.log(
      `${scenario.padEnd(16)} receiver/bare-http ${(hs.rps / http.rps).toFixed(2)}×  receiver/bare-express ${(hs.rps / exp.rps).toFixed(2)}×  stored rows ${hs.stored} vs acknowledged 2xx ${hs.acknowledgedTotal} (+ ≤ ${inFlightAtStop} in flight at stop): ${lost ? 'MISMATCH' : 'ok'}`,
    );
    if (lost) failures++;
  }
  // The target ratio from one pair of runs swings ±15 % on a shared 2-core machine: measure it
  // again in interleaved pairs against bare node:http and judge the median.
  const pairedRatio = async (scenario: { size: number; connections: number }, label: string) => {
    const group = byScenario.get(label)!;
    const ratios = [
      group.find((r) => r.kind === 'hookscope')!.rps / group.find((r) => r.kind === 'bare-http')!.rps,
    ];
    let worstP99 = group.find((r) => r.kind === 'hookscope')!.p99;
    for (let i = 0; i < PAIRS - 1; i++) {
      const http = await runServer('bare-http', scenario);
      const hookscope = await runServer('hookscope', scenario);
      ratios.push(hookscope.rps / http.rps);
      worstP99 = Math.max(worstP99, hookscope.p99);
    }
    ratios.sort((a, b) => a - b);
    const ratio = ratios[Math.floor(ratios.length / 2)]!;
    console.log(
      `\n${label} receiver/bare-http over ${ratios.length} interleaved pairs: ${ratios.map((r) => r.toFixed(2)).join(', ')} (median ${ratio.toFixed(2)}×), worst p99 ${worstP99} ms`,
    );
    return { ratio, worstP99 };
  };
  const small = await pairedRatio(scenarios[1]!, '1 KB × 100 conn');
  const large = await pairedRatio(scenarios[2]!, '64 KB × 10 conn');
  const p99 = byScenario.get('1 KB × 10 conn')!.find((r) => r.kind === 'hookscope')!.p99;
  console.log(
    `Target: receiver ≥ 1.0× bare node:http at 1 KB/100 conn (median) → ${small.ratio.toFixed(2)}× ${small.ratio >= 1 ? 'MET' : 'MISSED'}`,
  );
  console.log(
    `Target: receiver ≥ 0.6× bare node:http at 64 KB/10 conn (median), p99 < 150 ms → ${large.ratio.toFixed(2)}×, ${large.worstP99} ms ${large.ratio >= 0.6 && large.worstP99 < 150 ? 'MET' : 'MISSED'}`,
  );
  console.log(`Target: p99 < 50 ms at 1 KB/10 conn → ${p99} ms ${p99 < 50 ? 'MET' : 'MISSED'}`);
  console.log(`Target: zero lost acknowledged captures → ${failures === 0 ? 'MET' : 'MISSED'}`);
}

void main();
