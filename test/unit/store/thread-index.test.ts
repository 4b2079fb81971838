// The thread index is filled for databases written before it existed (migration backfill) and
// follows captures out on eviction.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import type { Card } from '@shared/cards';
import {
  CaptureStore,
  type CaptureAnalysisColumns,
  type NewCapture,
} from '../../../src-main/core/store/capture-store';
import { migrations } from '../../../src-main/core/store/schema';
import { makeCard } from '../../../src-main/core/decoders/payloads/card-sink';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function capture(path: string): NewCapture {
  return {
    receivedAtUs: 1_700_000_000_000_000,
    method: 'POST',
    path,
    httpVersion: '1.1',
    remoteAddress: '127.0.0.1:1',
    headers: [],
    body: Buffer.from('{}'),
    bodySize: 2,
    bodyTruncated: false,
    contentType: 'application/json',
    status: 200,
    responseHeaders: [],
    responseBody: Buffer.alloc(0),
    kind: 'request',
    note: null,
  };
}

const message = (from: string, name: string, text: string): Card =>
  makeCard({
    kind: 'message',
    type: 'text',
    summary: text,
    from,
    fromName: name,
    direction: 'inbound',
    channel: 'whatsapp',
    conversationKey: `whatsapp:${from.slice(1)}`,
  });

const analysis = (cards: Card[]): CaptureAnalysisColumns => ({
  provider: 'meta',
  payloadFamily: 'whatsapp-cloud',
  verdict: 'pass',
  summary: null,
  duplicateOf: null,
  timestampAge: null,
  analysis: { signature: null, cards, decoder: 'whatsapp-cloud' },
});

describe('thread index', () => {
  it('a database from before the index gets its threads from the stored analyses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hookscope-threads-'));
    dirs.push(dir);
    // An old database: the schema up to the migration before the thread index, with one analysed capture.
    const index = migrations.findIndex((m) => m.includes('CREATE TABLE thread_items'));
    const db = new DatabaseSync(join(dir, 'captures.sqlite'));
    for (const migration of migrations.slice(0, index)) db.exec(migration);
    db.exec(`PRAGMA user_version = ${index}`);
    const stored = {
      signature: null,
      cards: [message('+4915112345678', 'Jürgen Müller', 'Hallo')],
      decoder: 'whatsapp-cloud',
    };
    db.prepare(
      `INSERT INTO captures (received_at_us, method, path, http_version, remote_address, headers, body, body_size,
         body_truncated, content_type, status, response_headers, response_body, kind, stored_bytes, analysis)
       VALUES (1, 'POST', '/wa', '1.1', '', '[]', x'7b7d', 2, 0, 'application/json', 200, '[]', x'', 'request', 2, ?)`,
    ).run(JSON.stringify(stored));
    db.close();

    const reopened = new CaptureStore(dir, {});
    try {
      const page = reopened.threads.list({ query: 'Müller' });
      expect(page.threads.map((t) => [t.key, t.contactName, t.lastText])).toEqual([
        ['whatsapp:4915112345678', 'Jürgen Müller', 'Hallo'],
      ]);
    } finally {
      reopened.close();
    }
  });

  it('evicted captures leave their threads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hookscope-threads-'));
    dirs.push(dir);
    const store = new CaptureStore(dir, { retention: () => ({ maxCaptures: 2, maxBytes: 1e12 }) });
    try {
      for (const [from, name] of [
        ['+1', 'One'],
        ['+2', 'Two'],
        ['+3', 'Three'],
      ] as const) {
        const id = await store.insert(capture('/wa'));
        store.setAnalysis(id, analysis([message(from, name, 'hi')]));
      }
      const id = await store.insert(capture('/wa'));
      store.setAnalysis(id, analysis([message('+4', 'Four', 'hi')]));
      expect(store.threads.list({}).threads.map((t) => t.contactName)).toEqual(['Four', 'Three']);
    } finally {
      store.close();
    }
  });
});
