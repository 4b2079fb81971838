// UI benchmark against the built headless server and Debian Chromium:
//  1. POST → row visible in the list (p50/p95 over 200 requests), against the baseline of the
//     same POST's own HTTP acknowledgement measured in the same run;
//  2. the renderer's JS heap and main-thread long tasks with 100,000 stored captures while the
//     list opens and scrolls, against the same page with an empty store.
// Requires `npm run build` (out/) and /usr/bin/chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CaptureStore, type NewCapture } from '../../src-main/core/store/capture-store';
import { nowMicros } from '../../src-main/core/store/clock';
import { startHeadless } from '../helpers/headless-server';

const CHROMIUM = process.env.HOOKSCOPE_CHROMIUM ?? '/usr/bin/chromium';
const SEEDED = Number(process.env.BENCH_UI_CAPTURES ?? 100_000);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

async function openInspector(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  // Live = the event socket is connected (an empty store shows the empty state, not the list).
  await page.locator('[data-testid="connection"][data-state="live"]').waitFor({ timeout: 15_000 });
  return page;
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

async function postToVisible(browser: Browser): Promise<void> {
  const server = await startHeadless();
  try {
    const page = await openInspector(browser, server.inspectorUrl);
    // Record in the page the moment each row appears, keyed by its path.
    await page.evaluate(() => {
      const seen = new Map<string, number>();
      (window as unknown as { __seen: Map<string, number> }).__seen = seen;
      new MutationObserver(() => {
        for (const row of document.querySelectorAll('[data-capture-id]')) {
          const text = row.textContent ?? '';
          const m = /\/bench\/visible\/(\d+)\/end/.exec(text);
          if (m && !seen.has(m[1]!)) seen.set(m[1]!, performance.timeOrigin + performance.now());
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const visible: number[] = [];
    const acked: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.timeOrigin + performance.now();
      const res = await fetch(`${server.receiverUrl}/bench/visible/${i}/end`, {
        method: 'POST',
        body: JSON.stringify({ i, text: 'benchmark message' }),
        headers: { 'Content-Type': 'application/json' },
      });
      await res.arrayBuffer();
      acked.push(performance.timeOrigin + performance.now() - t0);
      const shownAt = await page.waitForFunction(
        (key) => (window as unknown as { __seen: Map<string, number> }).__seen.get(key) ?? null,
        String(i),
        { polling: 5, timeout: 10_000 },
      );
      visible.push(((await shownAt.jsonValue()) as number) - t0);
    }
    console.log('# POST → row visible (200 sequential requests)');
    console.log(
      `  HTTP ack (baseline): p50 ${percentile(acked, 50).toFixed(1)} ms  p95 ${percentile(acked, 95).toFixed(1)} ms`,
    );
    console.log(
      `  row visible:         p50 ${percentile(visible, 50).toFixed(1)} ms  p95 ${percentile(visible, 95).toFixed(1)} ms`,
    );
    console.log(`  ratio visible/ack p95: ${(percentile(visible, 95) / percentile(acked, 95)).toFixed(1)}×`);
    console.log(`  Target: p95 < 250 ms → ${percentile(visible, 95) < 250 ? 'MET' : 'MISSED'}`);
    await page.close();
  } finally {
    await server.stop();
  }
}

/** Write `count` captures straight into a data directory (batches of 5,000 per commit). */
function seed(dataDir: string, count: number): void {
  const store = new CaptureStore(dataDir);
  const start = nowMicros() - count * 1000;
  const body = Buffer.from(
    JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: '1', changes: [] }] }),
  );
  for (let i = 0; i < count; i++) {
    const capture: NewCapture = {
      receivedAtUs: start + i * 1000,
      method: i % 7 === 0 ? 'GET' : 'POST',
      path: `/webhooks/seed/${i}`,
      httpVersion: '1.1',
      remoteAddress: '127.0.0.1:1',
      headers: [
        ['Host', 'localhost'],
        ['Content-Type', 'application/json'],
      ],
      body,
      bodySize: body.length,
      bodyTruncated: false,
      contentType: 'application/json',
      status: 200,
      responseHeaders: [],
      responseBody: Buffer.alloc(0),
      kind: 'request',
      note: null,
    };
    void store.insert(capture);
    if (i % 5000 === 4999) store.flush();
  }
  store.flush();
  store.close();
}

async function largeList(browser: Browser): Promise<void> {
  const emptyDir = mkdtempSync(join(tmpdir(), 'hookscope-ui-empty-'));
  const fullDir = mkdtempSync(join(tmpdir(), 'hookscope-ui-100k-'));
  const t0 = performance.now();
  seed(fullDir, SEEDED);
  console.log(
    `\n# ${SEEDED.toLocaleString('en')} captures (seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  const results: Record<string, { heap: number; openMs: number; longTasks: number[]; rows: number }> = {};
  for (const [name, dir] of [
    ['empty store (baseline)', emptyDir],
    [`${SEEDED.toLocaleString('en')} captures`, fullDir],
  ] as const) {
    const server = await startHeadless({ dataDir: dir });
    try {
      const tOpen = performance.now();
      const page = await openInspector(browser, server.inspectorUrl);
      if (dir === fullDir) await page.locator('[data-capture-id]').first().waitFor();
      const openMs = performance.now() - tOpen;
      // Scroll to the end 30 times, each time waiting for the next page of 200 to arrive.
      const list = page.getByTestId('capture-list');
      const loadedRows = () =>
        page.evaluate(() => {
          const inner = document.querySelector('[data-testid="capture-list-inner"]') as HTMLElement | null;
          return inner ? Math.round(parseFloat(inner.style.height) / 30) : 0;
        });
      const tScroll = performance.now();
      for (let i = 0; i < 30 && dir === fullDir; i++) {
        const before = await loadedRows();
        await list.evaluate((el) => {
          el.scrollTop = el.scrollHeight;
        });
        await page.waitForFunction(
          (n) => {
            const inner = document.querySelector('[data-testid="capture-list-inner"]') as HTMLElement | null;
            return inner !== null && Math.round(parseFloat(inner.style.height) / 30) > n;
          },
          before,
          { timeout: 10_000 },
        );
      }
      const scrollMs = performance.now() - tScroll;
      const rows = await page.evaluate(() => document.querySelectorAll('[data-capture-id]').length);
      if (dir === fullDir)
        console.log(
          `  scrolled to the end 30 times: ${await loadedRows()} rows loaded in ${(scrollMs / 1000).toFixed(1)} s (${(scrollMs / 30).toFixed(0)} ms per page of 200)`,
        );
      const longTasks = await page.evaluate(
        () => (window as unknown as { __longTasks: number[] }).__longTasks,
      );
      results[name] = { heap: await heapMb(page), openMs, longTasks, rows };
      await page.close();
    } finally {
      await server.stop();
    }
  }
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `  ${name.padEnd(24)} open ${r.openMs.toFixed(0)} ms  JS heap ${r.heap.toFixed(1)} MB  rows in DOM ${r.rows}  long tasks ${r.longTasks.length} (max ${Math.max(0, ...r.longTasks).toFixed(0)} ms)`,
    );
  }
  const [base, full] = Object.values(results);
  console.log(`  heap ratio full/empty: ${(full!.heap / base!.heap).toFixed(2)}×`);
  console.log(`  Target: heap < 300 MB → ${full!.heap < 300 ? 'MET' : 'MISSED'}`);
  rmSync(emptyDir, { recursive: true, force: true });
  rmSync(fullDir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    await postToVisible(browser);
    await largeList(browser);
  } finally {
    await browser.close();
  }
}

void main();
