// listCaptures filters as a user types them in the filter bar.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CaptureStore, type NewCapture } from '../../../src-main/core/store/capture-store';
import { operations } from '@shared/contract';

const dirs: string[] = [];
const stores: CaptureStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function openStore(): CaptureStore {
  const dir = mkdtempSync(join(tmpdir(), 'hookscope-filters-'));
  dirs.push(dir);
  const store = new CaptureStore(dir, {});
  stores.push(store);
  return store;
}

function capture(path: string, status: number): NewCapture {
  return {
    receivedAtUs: 1_700_000_000_000_000,
    method: 'POST',
    path,
    httpVersion: '1.1',
    remoteAddress: '127.0.0.1:1234',
    headers: [['Content-Type', 'application/json']],
    body: Buffer.from('{}'),
    bodySize: 2,
    bodyTruncated: false,
    contentType: 'application/json',
    status,
    responseHeaders: [],
    responseBody: Buffer.alloc(0),
    kind: 'request',
    note: null,
  };
}

describe('status filter', () => {
  it('"4xx" lists every 4xx answer and nothing else; 404 only that one', async () => {
    const store = openStore();
    for (const [path, status] of [
      ['/ok', 200],
      ['/bad', 400],
      ['/gone', 404],
      ['/big', 413],
      ['/boom', 500],
    ] as const)
      await store.insert(capture(path, status));
    const paths = (status: number | '4xx' | '5xx' | '2xx') => store.list({ status }).items.map((c) => c.path);
    expect(paths('4xx')).toEqual(['/big', '/gone', '/bad']);
    expect(paths('5xx')).toEqual(['/boom']);
    expect(paths('2xx')).toEqual(['/ok']);
    expect(paths(404)).toEqual(['/gone']);
  });

  it('the contract accepts 404 and "4xx", and refuses "4" or "4x"', () => {
    const schema = operations.listCaptures;
    expect(schema.safeParse({ status: '4xx' }).success).toBe(true);
    expect(schema.safeParse({ status: 404 }).success).toBe(true);
    expect(schema.safeParse({ status: '4' }).success).toBe(false);
    expect(schema.safeParse({ status: '4x' }).success).toBe(false);
  });
});

describe('search with the quick filters', () => {
  it('a search combined with a path prefix lists the matches under that path (no SQL error)', async () => {
    const store = openStore();
    const withBody = (path: string, body: string): NewCapture => ({
      ...capture(path, 200),
      body: Buffer.from(body),
      bodySize: body.length,
    });
    await store.insert(withBody('/a/first', '{"note":"marmalade"}'));
    await store.insert(withBody('/b/second', '{"note":"marmalade"}'));
    await store.insert(withBody('/a/third', '{"note":"nothing"}'));
    const page = store.list({ query: 'marmalade', pathPrefix: '/a/' });
    expect(page.items.map((c) => c.path)).toEqual(['/a/first']);
    expect(store.list({ query: 'zzzznotfound', pathPrefix: '/a/' }).items).toEqual([]);
  });
});

describe('search and accents', () => {
  it('matches with or without accents: "Muller" and "Müller" both find "Jürgen Müller" (escaped as Meta sends it)', async () => {
    const store = openStore();
    const body = '{"name":"J\\u00fcrgen M\\u00fcller"}';
    await store.insert({ ...capture('/wa', 200), body: Buffer.from(body), bodySize: body.length });
    await store.insert({ ...capture('/other', 200), body: Buffer.from('{"name":"Ana"}'), bodySize: 14 });
    for (const query of ['Müller', 'Muller', 'jurgen', 'JÜRGEN']) {
      expect(
        store.list({ query }).items.map((c) => c.path),
        query,
      ).toEqual(['/wa']);
    }
  });
});
