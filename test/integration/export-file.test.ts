// File exports over the built headless server: written by a worker thread, reported through
// export.progress events, downloaded from GET /api/exports/<id> byte for byte.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { EventEnvelope } from '@shared/bridge';
import type { ExportProgress, ExportResult, ExportStarted } from '@shared/replay-types';
import { startHeadless, type HeadlessServer } from '../helpers/headless-server';

let server: HeadlessServer;
let ws: WebSocket;
const progress: ExportProgress[] = [];
beforeAll(async () => {
  server = await startHeadless();
  ws = new WebSocket(`${server.apiBase.replace('http', 'ws')}/api/events?token=${server.token}`);
  await new Promise((r) => ws.once('open', r));
  ws.on('message', (data: Buffer) => {
    const envelope = JSON.parse(data.toString()) as EventEnvelope;
    if (envelope.event === 'export.progress') progress.push(envelope.payload as ExportProgress);
  });
  // 450 captures (more than one page of the worker), one with a binary body.
  for (let i = 0; i < 450; i += 50) {
    await Promise.all(
      Array.from({ length: 50 }, (_, j) =>
        fetch(`${server.receiverUrl}/hook/${i + j}`, {
          method: 'POST',
          body: i + j === 7 ? new Uint8Array([0, 255, 10, 13]) : JSON.stringify({ n: i + j }),
          headers: { 'Content-Type': i + j === 7 ? 'application/octet-stream' : 'application/json' },
        }),
      ),
    );
  }
});
afterAll(async () => {
  ws.close();
  await server.stop();
});

async function finished(exportId: string): Promise<ExportProgress> {
  await expect
    .poll(() => progress.find((p) => p.exportId === exportId && p.state !== 'running'))
    .toBeTruthy();
  return progress.find((p) => p.exportId === exportId && p.state !== 'running')!;
}

describe('startExport', () => {
  it('writes every capture to a file that downloads without the token, with progress on the way', async () => {
    const started = await server.call<ExportStarted>('startExport', { format: 'json' });
    expect(started.fileName).toMatch(/^hookscope-.*\.json$/);
    const done = await finished(started.exportId);
    expect(done).toMatchObject({ state: 'done', count: 450, error: null });
    const running = progress.filter((p) => p.exportId === started.exportId && p.state === 'running');
    expect(running.length).toBeGreaterThan(1);
    expect(running.at(-1)).toMatchObject({ done: 450, total: 450 });

    const res = await fetch(`${server.apiBase}/api/exports/${started.exportId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${started.fileName}"`);
    const text = await res.text();
    expect(Buffer.byteLength(text)).toBe(done.bytes);
    const doc = JSON.parse(text) as { captures: { path: string; bodyBase64: string }[] };
    expect(doc.captures).toHaveLength(450);
    expect(doc.captures[0]!.path).toBe('/hook/0');
    expect(Buffer.from(doc.captures[7]!.bodyBase64, 'base64')).toEqual(Buffer.from([0, 255, 10, 13]));
  });

  it('writes exactly the HAR the in-memory export gives for the same selection', async () => {
    const ids = [3, 7, 8, 9999];
    const started = await server.call<ExportStarted>('startExport', { format: 'har', ids });
    const done = await finished(started.exportId);
    expect(done.count).toBe(3);
    expect(done.warnings.join(' ')).toMatch(/Not found.*#9999/);
    const file = await (await fetch(`${server.apiBase}/api/exports/${started.exportId}`)).text();
    const inMemory = await server.call<ExportResult>('exportCaptures', { format: 'har', ids });
    expect(file).toBe(inMemory.text);
  });

  it('answers 404 for an unknown export id, and exportCaptures sends large exports to startExport', async () => {
    expect((await fetch(`${server.apiBase}/api/exports/${'0'.repeat(32)}`)).status).toBe(404);
    expect((await fetch(`${server.apiBase}/api/exports/../listCaptures`)).status).not.toBe(200);
    await expect(
      server.call('exportCaptures', { format: 'har', ids: Array.from({ length: 1001 }, (_, i) => i + 1) }),
    ).rejects.toThrow(/startExport/);
  });
});
