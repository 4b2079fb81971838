import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLaunchOverrides } from '../../../src-main/electron/launch-overrides';
import { builtAppPaths } from '../../../src-main/electron/paths';
import { join } from 'node:path';

describe('readLaunchOverrides', () => {
  it('reads a test profile directory and receiver port', () => {
    expect(readLaunchOverrides({ HOOKSCOPE_USER_DATA_DIR: '/tmp/hs', HOOKSCOPE_RECEIVER_PORT: '0' })).toEqual(
      {
        userDataDir: '/tmp/hs',
        receiverPort: 0,
      },
    );
  });

  it.each(['', 'abc', '-1', '65536', '80.5', '1e3', ' 80'])('ignores receiver port %j', (port) => {
    expect(readLaunchOverrides({ HOOKSCOPE_RECEIVER_PORT: port }).receiverPort).toBeUndefined();
  });

  it('ignores an empty profile directory and an empty environment', () => {
    expect(readLaunchOverrides({ HOOKSCOPE_USER_DATA_DIR: '  ' })).toEqual({});
    expect(readLaunchOverrides({})).toEqual({});
  });
});

describe('builtAppPaths', () => {
  it('points at the CommonJS preload and the renderer next to out/main', () => {
    expect(builtAppPaths(join('/app', 'out', 'main'))).toEqual({
      preload: join('/app', 'out', 'preload', 'index.cjs'),
      rendererRoot: join('/app', 'out', 'renderer'),
    });
  });

  it('matches the output names in electron.vite.config.ts', () => {
    const config = readFileSync('electron.vite.config.ts', 'utf8');
    expect(config).toContain("outDir: 'out/main'");
    expect(config).toContain("outDir: 'out/preload'");
    expect(config).toContain("outDir: 'out/renderer'");
    expect(config).toMatch(/format: 'cjs', entryFileNames: '\[name\]\.cjs'/);
  });
});
