// One server per child process, so the load generator never shares its event loop.
//   node --import tsx test/bench/bench-server.ts <bare-http|bare-express|hookscope|hookscope-jobs> <dataDir>
// Prints "PORT <n>" when listening; on SIGTERM prints "DONE <rows> <peakRssBytes>" and exits.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import express from 'express';
import { startCore } from '../../src-main/core/start';
import { silentLogger } from '../../src-main/core/log/logger';

const [kind, dataDir] = process.argv.slice(2);

function pick(detail: Record<string, unknown>): Record<string, unknown> {
  return { id: detail.id, verdict: detail.verdict, size: detail.size, summary: detail.summary };
}

/** A page of the list as the benchmarks read it: ids and counts (200 summaries are ~150 KB). */
function pickPage(page: { items: { id: number }[]; total: number; unindexed: number }): unknown {
  return { items: page.items.map((c) => ({ id: c.id })), total: page.total, unindexed: page.unindexed };
}

function peakRss(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : process.memoryUsage().rss;
}

async function main(): Promise<void> {
  let port: number;
  let rows = () => -1;
  let close: () => Promise<void>;
  let coreRef: unknown = null;
  if (kind === 'bare-http') {
    let count = 0;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        Buffer.concat(chunks);
        count++;
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"ok":true}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
    rows = () => count;
    close = () => new Promise((r) => server.close(() => r()));
  } else if (kind === 'bare-express') {
    let count = 0;
    const app = express();
    app.use(express.raw({ type: () => true, limit: '50mb', inflate: false }));
    app.use((_req, res) => {
      count++;
      res.status(200).json({ ok: true });
    });
    const server = createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
    rows = () => count;
    close = () => new Promise((r) => server.close(() => r()));
  } else {
    // Retention off for the run: every acknowledged request must still be there to be counted.
    const core = await startCore({
      dataDir: dataDir!,
      receiverPort: 0,
      mode: 'headless',
      logger: silentLogger,
      settingsOverrides: { retentionMaxCaptures: 100_000_000, retentionMaxBytes: 1e15 },
    });
    port = core.receiverPort;
    coreRef = core;
    rows = () => -2; // counted from the database after exit by the parent
    close = () => core.close();
  }
  if (kind === 'hookscope-jobs') {
    // Commands on stdin, one JSON line each: {"op": <operation>, "input": {...}} → "RESULT <json>"
    // (the heavy-work benchmark starts exports, searches, re-verification this way).
    const service = (coreRef as Awaited<ReturnType<typeof startCore>>).service;
    service.on('export.progress', (p) => {
      if (p.state !== 'running') process.stdout.write(`EXPORT ${JSON.stringify(p)}\n`);
    });
    service.on('analysis.progress', (p) => {
      if (p.done >= p.total) process.stdout.write(`REVERIFIED ${p.total}\n`);
    });
    // The core's own loop-delay monitor (what the desktop app shows in its top bar): the longest
    // delay of its last window, printed often enough that every window of a job is seen.
    setInterval(() => {
      void service.call('getStatus', {}).then((s) => process.stdout.write(`LOOP ${s.loopDelay.maxMs}\n`));
    }, 500).unref();
    let buffered = '';
    process.stdin.on('data', (d: Buffer) => {
      buffered += d.toString();
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        const { op, input } = JSON.parse(line) as { op: string; input: unknown };
        const started = performance.now();
        service.call(op as never, input).then(
          (r) => {
            // A capture's body can be 25 MB: the harness prints what the benchmark reads, not the
            // body (printing it would be the harness's stall, not the receiver's).
            // Nor a whole page of summaries: stdout is a pipe, written synchronously, and a 150 KB
            // line blocks this loop until the benchmark's process reads it.
            const shown =
              op === 'getCapture'
                ? pick(r as Record<string, unknown>)
                : op === 'listCaptures'
                  ? pickPage(r as Parameters<typeof pickPage>[0])
                  : r;
            process.stdout.write(`RESULT ${JSON.stringify({ ms: performance.now() - started, r: shown })}\n`);
          },
          (e: Error) => process.stdout.write(`RESULT ${JSON.stringify({ error: e.message })}\n`),
        );
      }
    });
  }
  process.stdout.write(`PORT ${port}\n`);
  process.on('SIGTERM', () => {
    void close().then(() => {
      process.stdout.write(`DONE ${rows()} ${peakRss()}\n`);
      process.exit(0);
    });
  });
}

void main();
