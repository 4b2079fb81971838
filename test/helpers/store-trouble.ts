// Shared setup of the tests where the store gets into trouble under a running core (disk full,
// another program holding the lock): captures left unanalysed by an earlier run, so background
// work starts at once; a logger that keeps its lines; the core's own database connection; and
// every error that would escape to the process, which must stay empty.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach } from 'vitest';
import { CaptureStore } from '../../src-main/core/store/capture-store';
import type { Logger } from '../../src-main/core/log/logger';
import type { TestCore } from './in-process-core';

/** A data dir holding ten captures that no run has analysed or indexed yet. */
export async function dataDirWithUnanalysedCaptures(prefix: string, bodyRepeat: number): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const earlier = new CaptureStore(dataDir);
  for (let i = 0; i < 10; i++) {
    const body = Buffer.from(`haystack needle${i} `.repeat(bodyRepeat));
    await earlier.insert({
      receivedAtUs: 1_700_000_000_000_000 + i,
      method: 'POST',
      path: `/earlier/${i}`,
      httpVersion: '1.1',
      remoteAddress: '127.0.0.1:1',
      headers: [['Content-Type', 'text/plain']],
      body,
      bodySize: body.length,
      bodyTruncated: false,
      contentType: 'text/plain',
      status: 200,
      responseHeaders: [],
      responseBody: Buffer.alloc(0),
      kind: 'request',
      note: null,
    });
  }
  earlier.close();
  return dataDir;
}

/** A logger whose lines read "<level> <message>". */
export function collectingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    logger: {
      info: (m) => lines.push(`info ${m}`),
      warn: (m) => lines.push(`warn ${m}`),
      error: (m) => lines.push(`error ${m}`),
    },
  };
}

/** The core's own connection to its database. */
export const coreDatabase = (c: TestCore) =>
  (c.service as unknown as { deps: { store: { db: DatabaseSync } } }).deps.store.db;

/** Collects uncaught exceptions and unhandled rejections during each test of the file. */
export function collectUncaught(): unknown[] {
  const uncaught: unknown[] = [];
  const onUncaught = (e: unknown) => uncaught.push(e);
  beforeEach(() => {
    process.on('uncaughtException', onUncaught);
    process.on('unhandledRejection', onUncaught);
  });
  afterEach(() => {
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
  });
  return uncaught;
}
