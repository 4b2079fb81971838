// Analysis that would hold the receiver's loop runs on the analysis worker: captures with large
// bodies, and re-verification of every capture after a secret change. What the user sees must be
// exactly what the in-thread analysis gives, verdicts must flip with progress to the end, and
// redeliveries must still be marked in arrival order.
import { createHash, createHmac } from 'node:crypto';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyseCapture } from '../../src-main/core/service/analyse-capture';
import { AnalysisWorker } from '../../src-main/core/service/analysis-worker';
import type { AnalysisOutcome } from '../../src-main/core/service/analysis-task';
import type { StoredAnalysis } from '../../src-main/core/service/capture-mapping';
import { defaultSettings } from '../../src-main/core/settings/settings-store';
import {
  CaptureStore,
  SELECT_CAPTURE_ROWS,
  captureFromRow,
  type RawRow,
} from '../../src-main/core/store/capture-store';
import { startTestCore, waitForCaptures, type TestCore } from '../helpers/in-process-core';

const sign = (secret: string, body: Buffer) =>
  'sha256=' + createHmac('sha256', secret).update(body).digest('hex');

let core: TestCore | null = null;
afterEach(async () => {
  await core?.dispose();
  core = null;
});

function whatsapp(messageId: string, padBytes: number): Buffer {
  return Buffer.from(
    JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '1',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: '15550001111', phone_number_id: '106' },
                contacts: [{ profile: { name: 'Ana' }, wa_id: '4915112345678' }],
                messages: [
                  {
                    from: '4915112345678',
                    id: messageId,
                    timestamp: '1700000000',
                    type: 'text',
                    text: { body: 'hello ' + 'x'.repeat(padBytes) },
                  },
                ],
              },
            },
          ],
        },
      ],
    }),
  );
}

async function post(path: string, body: Buffer, headers: Record<string, string> = {}): Promise<void> {
  const res = await fetch(core!.receiverUrl + path, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });
  expect(res.status).toBe(200);
  await res.arrayBuffer();
}

/** What the analysis in this thread says about a stored capture, for comparison. */
function inThreadAnalysis(id: number, secrets: Record<string, string>) {
  const db = new DatabaseSync(join(core!.dataDir, 'captures.sqlite'), { readOnly: true });
  try {
    const row = captureFromRow(
      db.prepare(`${SELECT_CAPTURE_ROWS} WHERE captures.id = ?`).get(id) as unknown as RawRow,
      db,
    );
    return analyseCapture(row, {
      claimDedupeKeys: () => null,
      secrets: (p) => (secrets[p] ? [{ label: 'app secret', value: secrets[p] }] : []),
      settings: defaultSettings,
      publicUrl: null,
    });
  } finally {
    db.close();
  }
}

describe('analysis off the receiver loop', () => {
  it('gives a large body (unsigned, and failing with a full diagnosis) exactly the in-thread analysis', async () => {
    core = await startTestCore();
    await core.service.call('putSecret', { provider: 'meta', label: 'app secret', secret: 'configured' });
    const plain = whatsapp('wamid.big-plain', 600_000);
    const failing = whatsapp('wamid.big-failing', 600_000);
    const added = waitForCaptures(core, 2, '/big');
    await post('/big/plain', plain);
    await post('/big/failing', failing, { 'x-hub-signature-256': sign('another-secret', failing) });
    const ids = await added;
    for (const id of ids) {
      const detail = await core.service.call('getCapture', { id });
      const expected = inThreadAnalysis(id, { meta: 'configured' });
      expect(detail.verdict).toBe(expected.verdict);
      expect(detail.summary).toBe(expected.summary);
      expect(detail.provider).toBe(expected.provider);
      expect(detail.payloadFamily).toBe(expected.payloadFamily);
      expect(detail.signature).toEqual((expected.analysis as StoredAnalysis).signature);
      expect(detail.cards).toEqual((expected.analysis as StoredAnalysis).cards);
    }
    const failingDetail = await core.service.call('getCapture', { id: Math.max(...ids) });
    expect(failingDetail.verdict).toBe('fail');
    expect(failingDetail.signature!.diagnosis.at(-1)!.code).toBe('secret-likely');
  });

  it('shows a large capture (its bytes, digest and analysis) without reading its body on the receiver loop', async () => {
    core = await startTestCore();
    await core.service.call('putSecret', { provider: 'meta', label: 'app secret', secret: 'configured' });
    // Over 1 MB: stored in parts, which only the worker reads.
    const body = whatsapp('wamid.big-detail', 2_500_000);
    const added = waitForCaptures(core, 1, '/big');
    await post('/big/detail', body, { 'x-hub-signature-256': sign('configured', body) });
    const [id] = await added;
    const reads = vi.spyOn(CaptureStore.prototype, 'get');
    try {
      const detail = await core.service.call('getCapture', { id: id! });
      expect(reads).not.toHaveBeenCalled();
      expect(Buffer.from(detail.bodyBase64, 'base64').equals(body)).toBe(true);
      expect(detail.bodySha256).toBe(createHash('sha256').update(body).digest('hex'));
      expect(detail.verdict).toBe('pass');
      expect(detail.signature).toEqual(
        (inThreadAnalysis(id!, { meta: 'configured' }).analysis as StoredAnalysis).signature,
      );
    } finally {
      reads.mockRestore();
    }
  });

  it('re-verifies every capture after a secret is added, reporting progress up to the total', async () => {
    core = await startTestCore();
    const count = 450; // more than two worker jobs
    const added = waitForCaptures(core, count, '/reverify');
    // Every capture analysed first (as "no secret"), so the secret change has them all to redo.
    const analysed = new Promise<void>((resolve) => {
      const seen = new Set<number>();
      core!.service.on('capture.updated', (c) => {
        if (c.path === '/reverify' && c.verdict === 'no-secret') seen.add(c.id);
        if (seen.size === count) resolve();
      });
    });
    for (let i = 0; i < count; i += 50)
      await Promise.all(
        Array.from({ length: 50 }, (_, k) => {
          const body = whatsapp(`wamid.r${i + k}`, 10);
          return post('/reverify', body, { 'x-hub-signature-256': sign('the-app-secret', body) });
        }),
      );
    await added;
    await analysed;
    const progress: { done: number; total: number }[] = [];
    const finished = new Promise<void>((resolve) =>
      core!.service.on('analysis.progress', (p) => {
        progress.push(p);
        if (p.total > 0 && p.done === p.total) resolve();
      }),
    );
    await core.service.call('putSecret', { provider: 'meta', label: 'app secret', secret: 'the-app-secret' });
    await finished;
    const page = await core.service.call('listCaptures', { pathPrefix: '/reverify', limit: 1000 });
    expect(page.items).toHaveLength(count);
    expect(page.items.every((c) => c.verdict === 'pass')).toBe(true);
    // Progress only moves forward, in several steps, and ends at the total.
    const dones = progress.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(new Set(dones).size).toBeGreaterThan(2);
    expect(progress.at(-1)).toEqual({ done: count, total: count });
  });

  it('still marks the redelivery of a large capture, in arrival order', async () => {
    core = await startTestCore();
    const body = whatsapp('wamid.same-message', 400_000);
    const added = waitForCaptures(core, 3, '/dup');
    await post('/dup', body);
    await post('/dup', body);
    const small = whatsapp('wamid.same-message', 10);
    await post('/dup', small);
    const ids = (await added).sort((a, b) => a - b);
    const details = [];
    for (const id of ids) details.push(await core.service.call('getCapture', { id }));
    expect(details.map((d) => d.duplicateOf)).toEqual([null, ids[0], ids[0]]);
  });
});

describe('the analysis worker', () => {
  it('answers every id, failed, when it cannot read the database, and is usable again after', async () => {
    const worker = new AnalysisWorker('/nonexistent/dir/captures.sqlite');
    const context = { secrets: {}, settings: defaultSettings, publicUrl: null };
    for (let round = 0; round < 2; round++) {
      const outcomes: AnalysisOutcome[] = [];
      await worker.run([1, 2, 3], context, { skipAnalysed: false }, (o) => outcomes.push(...o));
      expect(outcomes.map((o) => [o.id, o.kind])).toEqual([
        [1, 'failed'],
        [2, 'failed'],
        [3, 'failed'],
      ]);
    }
    await worker.close();
  });
});
