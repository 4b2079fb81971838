// Where the built bundles sit relative to the main bundle (out/main/index.js), matching
// electron.vite.config.ts: the preload is CommonJS (sandboxed preloads cannot be ES modules).
import { join } from 'node:path';

export function builtAppPaths(mainBundleDir: string): { preload: string; rendererRoot: string } {
  return {
    preload: join(mainBundleDir, '..', 'preload', 'index.cjs'),
    rendererRoot: join(mainBundleDir, '..', 'renderer'),
  };
}
