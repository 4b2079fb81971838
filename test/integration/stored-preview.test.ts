// The signature report's preview of the signed content is not stored a second time when it is the
// body: the detail rebuilds it from the body, identical to what the analysis computed.
import { createHmac } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaptureDetail } from '@shared/types';
import { decompressBody } from '../../src-main/core/store/body-codec';
import { escapePreview } from '../../src-main/core/signatures/signed-content';
import { startTestCore, waitForCaptures, type TestCore } from '../helpers/in-process-core';

let core: TestCore | null = null;
afterEach(async () => {
  await core?.dispose();
  core = null;
});

async function post(path: string, body: Buffer, headers: Record<string, string>): Promise<void> {
  const res = await fetch(`${core!.receiverUrl}${path}`, { method: 'POST', body, headers });
  expect(res.status).toBe(200);
  await res.arrayBuffer();
}

function storedAnalysisText(id: number): string {
  const db = new DatabaseSync(`${core!.dataDir}/captures.sqlite`, { readOnly: true });
  try {
    const row = db.prepare('SELECT codec, data FROM capture_analysis WHERE capture_id = ?').get(id) as {
      codec: number;
      data: Uint8Array | string;
    };
    return typeof row.data === 'string' ? row.data : decompressBody(row.codec, row.data).toString('utf8');
  } finally {
    db.close();
  }
}

describe('the signed-content preview of a body-signed capture', () => {
  it('is stored once (as the body) and shown in the detail as analysed, also past 8 KB and with odd bytes', async () => {
    core = await startTestCore();
    const small = Buffer.from('{"animal":"okapi-in-the-preview","n":1}\r\n');
    // Over the preview's 8192 characters, with a 4-byte character and a byte that is not UTF-8.
    const large = Buffer.concat([
      Buffer.from('{"t":"🦒 capybara '),
      Buffer.from([0xff]),
      Buffer.alloc(20_000, 'q'),
    ]);
    const added = waitForCaptures(core, 2);
    for (const [path, body] of [
      ['/small', small],
      ['/large', large],
    ] as const)
      await post(path, body, {
        'content-type': 'application/json',
        'x-hub-signature-256': 'sha256=' + createHmac('sha256', 'k').update(body).digest('hex'),
      });
    const ids = await added;
    for (const [id, body, word] of [
      [ids[0]!, small, 'okapi'],
      [ids[1]!, large, 'capybara'],
    ] as const) {
      const detail: CaptureDetail = await core.service.call('getCapture', { id });
      const content = detail.signature!.signedContent!;
      const expected = escapePreview(body);
      expect(content.preview).toBe(expected.preview);
      expect(content.previewTruncated).toBe(expected.truncated);
      expect(storedAnalysisText(id)).not.toContain(word);
    }
  });

  it('is kept as analysed when the signed content is not the body (a timestamp before it)', async () => {
    core = await startTestCore();
    const body = Buffer.from('{"animal":"pangolin"}');
    const t = String(Math.floor(Date.now() / 1000));
    const added = waitForCaptures(core, 1);
    await post('/stripe', body, {
      'content-type': 'application/json',
      'stripe-signature': `t=${t},v1=${createHmac('sha256', 'whsec_k').update(`${t}.${body}`).digest('hex')}`,
    });
    const [id] = await added;
    const detail: CaptureDetail = await core.service.call('getCapture', { id: id! });
    expect(detail.signature!.signedContent!.preview).toBe(`${t}.{"animal":"pangolin"}`);
    expect(storedAnalysisText(id!)).toContain('pangolin');
  });
});
