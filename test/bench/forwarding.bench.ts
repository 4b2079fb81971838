// Forwarding through the durable delivery queue, against the same webhooks posted straight to the
// handler with node:http (baseline, same run). The handler takes 40 ms per request; the forwarder
// keeps at most WINDOW deliveries in flight per target, so the baseline posts through WINDOW sockets
// too: its figures are the ceiling for that handler, and the ratio is what the queue costs.
// Two schedules: a burst far faster than the handler (throughput) and a steady stream at half its
// capacity (end-to-end latency). Latency is from the moment a webhook is emitted to the moment the
// handler has its body. BENCH_FORWARD_COUNT sets the burst size (default 2,000); 127.0.0.1 only.
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild } from './support/bench-child';

const HANDLER_MS = 40;
/** The forwarder's default window per target (src-main/core/replay/forwarder.ts). */
const WINDOW = 8;
const BURST_COUNT = Number(process.env.BENCH_FORWARD_COUNT ?? 2000);
const CEILING = (WINDOW * 1000) / HANDLER_MS; // deliveries/s a 40 ms handler allows with WINDOW in flight

interface Schedule {
  name: string;
  count: number;
  /** Webhooks emitted per second. */
  rate: number;
}

const schedules: Schedule[] = [
  { name: `burst ${BURST_COUNT} @ 1000/s`, count: BURST_COUNT, rate: 1000 },
  {
    name: `steady ${Math.round(BURST_COUNT / 4)} @ ${CEILING / 2}/s`,
    count: Math.round(BURST_COUNT / 4),
    rate: CEILING / 2,
  },
];

interface Handler {
  url: string;
  /** performance.now() when the body of webhook #i arrived (NaN: not yet). */
  arrivedAt: Float64Array;
  arrivals(): number;
  duplicates(): number;
  close(): Promise<void>;
}

/** A webhook handler that takes HANDLER_MS to answer; webhooks carry their number in the body. */
async function slowHandler(count: number): Promise<Handler> {
  const arrivedAt = new Float64Array(count).fill(NaN);
  let arrivals = 0;
  let duplicates = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      const seq = (JSON.parse(Buffer.concat(chunks).toString()) as { seq: number }).seq;
      if (Number.isNaN(arrivedAt[seq]!)) {
        arrivedAt[seq] = at;
        arrivals++;
      } else duplicates++;
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'), HANDLER_MS);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrivedAt,
    arrivals: () => arrivals,
    duplicates: () => duplicates,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

function webhookBody(seq: number): Buffer {
  // About 1 KB, like a typical JSON webhook.
  return Buffer.from(JSON.stringify({ seq, event: 'order.updated', pad: 'x'.repeat(1000) }));
}

/**
 * Emits `count` webhooks to `url` on the schedule (webhook i at start + i/rate, whatever the
 * answers), through an agent of `sockets` keep-alive connections. Resolves with the emission times
 * and the non-2xx answers once every post is answered.
 */
async function emit(
  url: string,
  schedule: Schedule,
  sockets: number,
): Promise<{ emittedAt: Float64Array; failures: string[] }> {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const emittedAt = new Float64Array(schedule.count);
  const failures: string[] = [];
  const start = performance.now();
  let next = 0;
  const answered: Promise<void>[] = [];
  await new Promise<void>((done) => {
    const tick = (): void => {
      const due = Math.min(
        schedule.count,
        Math.floor(((performance.now() - start) * schedule.rate) / 1000) + 1,
      );
      for (; next < due; next++) {
        const seq = next;
        emittedAt[seq] = start + (seq * 1000) / schedule.rate;
        const body = webhookBody(seq);
        answered.push(
          new Promise<void>((resolve) => {
            const req = request(
              `${url}/hooks/bench`,
              {
                method: 'POST',
                agent,
                headers: { 'content-type': 'application/json', 'content-length': body.length },
              },
              (res) => {
                if (res.statusCode! < 200 || res.statusCode! >= 300)
                  failures.push(`#${seq}: ${res.statusCode}`);
                res.resume().on('end', resolve);
              },
            );
            req.on('error', (e) => {
              failures.push(`#${seq}: ${e.message}`);
              resolve();
            });
            req.end(body);
          }),
        );
      }
      if (next < schedule.count) setTimeout(tick, 2);
      else done();
    };
    tick();
  });
  await Promise.all(answered);
  agent.destroy();
  return { emittedAt, failures };
}

interface Row {
  kind: 'direct node:http' | 'hookscope forward';
  schedule: string;
  perSecond: number;
  p50: number;
  p99: number;
  delivered: number;
  duplicates: number;
  failures: string[];
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(kind: Row['kind'], schedule: Schedule): Promise<Row> {
  const handler = await slowHandler(schedule.count);
  let target = handler.url;
  let sockets = WINDOW;
  let stop = async (): Promise<void> => {};
  if (kind === 'hookscope forward') {
    const dataDir = mkdtempSync(join(tmpdir(), 'hookscope-bench-forward-'));
    const child = await startChild(dataDir);
    child.send('setForwardSettings', {
      paused: false,
      targets: [{ id: 'bench', url: handler.url, enabled: true, pathMode: 'append', match: {} }],
    });
    const answer = await child.waitFor(/RESULT (.*)/);
    if (answer[1]!.includes('"error"')) throw new Error(`setForwardSettings: ${answer[1]}`);
    target = `http://127.0.0.1:${child.port}`;
    sockets = 32; // the receiver acknowledges at once: the provider is not held up by the handler
    stop = async () => {
      await child.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const { emittedAt, failures } = await emit(target, schedule, sockets);
  // Deliveries continue after the receiver has answered every post; wait for the last (bounded).
  const deadline = performance.now() + (schedule.count / CEILING) * 1000 * 3 + 10_000;
  while (handler.arrivals() < schedule.count && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const delivered = handler.arrivals();
  const latencies = new Float64Array(delivered);
  let last = 0;
  for (let i = 0, j = 0; i < schedule.count; i++) {
    const at = handler.arrivedAt[i]!;
    if (Number.isNaN(at)) continue;
    latencies[j++] = at - emittedAt[i]!;
    last = Math.max(last, at);
  }
  latencies.sort();
  const row: Row = {
    kind,
    schedule: schedule.name,
    perSecond: (delivered * 1000) / (last - emittedAt[0]!),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    delivered,
    duplicates: handler.duplicates(),
    failures,
  };
  await handler.close();
  await stop();
  return row;
}

async function main(): Promise<void> {
  console.log(
    `# Forwarding benchmark: a ${HANDLER_MS} ms handler on 127.0.0.1, ${WINDOW} in flight (ceiling ${CEILING} deliveries/s)`,
  );
  const rows: Row[] = [];
  for (const schedule of schedules) {
    for (const kind of ['direct node:http', 'hookscope forward'] as const) {
      const row = await measure(kind, schedule);
      rows.push(row);
      console.log(
        `${row.schedule.padEnd(22)} ${kind.padEnd(18)} ${row.perSecond.toFixed(0).padStart(5)} deliveries/s  p50 ${row.p50.toFixed(0)} ms  p99 ${row.p99.toFixed(0)} ms  delivered ${row.delivered}/${schedules.find((s) => s.name === row.schedule)!.count}  duplicates ${row.duplicates}  non-2xx ${row.failures.length}`,
      );
    }
  }
  console.log('\n# Ratios and checks');
  let failed = 0;
  for (const schedule of schedules) {
    const direct = rows.find((r) => r.schedule === schedule.name && r.kind === 'direct node:http')!;
    const forward = rows.find((r) => r.schedule === schedule.name && r.kind === 'hookscope forward')!;
    // Nothing lost, nothing sent twice, every post acknowledged: the queue's promise.
    const whole =
      forward.delivered === schedule.count && forward.duplicates === 0 && forward.failures.length === 0;
    if (!whole) failed++;
    console.log(
      `${schedule.name.padEnd(22)} forward/direct deliveries/s ${(forward.perSecond / direct.perSecond).toFixed(2)}×  p50 +${(forward.p50 - direct.p50).toFixed(0)} ms  p99 +${(forward.p99 - direct.p99).toFixed(0)} ms  all delivered once, all posts 2xx: ${whole ? 'ok' : `FAILED ${forward.failures.slice(0, 3).join(', ')}`}`,
    );
  }
  if (failed) process.exit(1);
}

void main();
