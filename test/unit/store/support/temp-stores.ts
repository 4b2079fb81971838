// Stores on fresh temporary data dirs, closed and removed after each test, and a capture to insert
// with whatever a test needs to change.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { CaptureStore, type NewCapture } from '../../../../src-main/core/store/capture-store';

/**
 * Registers the clean-up for the calling test file: every dir made by `tempDir` or `openStore` is
 * removed and every store they opened (or handed to `keep`) is closed after each test.
 */
export function useTempStores(prefix: string) {
  const dirs: string[] = [];
  const stores: CaptureStore[] = [];
  afterEach(() => {
    for (const s of stores.splice(0)) s.close();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  const keep = (store: CaptureStore) => {
    stores.push(store);
    return store;
  };
  /** A store on a new temporary dir, or on `dir` to reopen one. */
  const openStore = (options: ConstructorParameters<typeof CaptureStore>[1] = {}, dir = tempDir()) =>
    keep(new CaptureStore(dir, options));
  return { openStore, tempDir, keep };
}

/** A small JSON POST, acknowledged with 200. */
export function newCapture(overrides: Partial<NewCapture> = {}): NewCapture {
  return {
    receivedAtUs: 1_700_000_000_000_000,
    method: 'POST',
    path: '/hook',
    httpVersion: '1.1',
    remoteAddress: '127.0.0.1:1234',
    headers: [['Content-Type', 'application/json']],
    body: Buffer.from('{"hello":"world"}'),
    bodySize: 17,
    bodyTruncated: false,
    contentType: 'application/json',
    status: 200,
    responseHeaders: [],
    responseBody: Buffer.alloc(0),
    kind: 'request',
    note: null,
    ...overrides,
  };
}
