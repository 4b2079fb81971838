// An in-process core on a free port with a throwaway data directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCore, type RunningCore, type StartCoreOptions } from '../../src-main/core/start';
import { silentLogger } from '../../src-main/core/log/logger';

export interface TestCore extends RunningCore {
  dataDir: string;
  dispose(): Promise<void>;
}

export async function startTestCore(options: Partial<StartCoreOptions> = {}): Promise<TestCore> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'hookscope-core-'));
  const core = await startCore({
    mode: 'headless',
    receiverPort: 0,
    logger: silentLogger,
    ...options,
    dataDir,
  });
  return {
    ...core,
    dataDir,
    async dispose() {
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Wait until the service has announced `count` captures (analysis runs after the ack). */
export function waitForCaptures(core: RunningCore, count: number, pathPrefix = ''): Promise<number[]> {
  return new Promise((resolve) => {
    const ids: number[] = [];
    const off = core.service.on('capture.added', (c) => {
      if (!c.path.startsWith(pathPrefix)) return;
      ids.push(c.id);
      if (ids.length >= count) {
        off();
        resolve(ids);
      }
    });
  });
}
