// Finds the Electron executable the way node_modules/electron/index.js does, but without requiring
// that module: requiring it when the binary is missing starts a download. Returns a reason instead.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type ElectronBinary = { path: string; reason: null } | { path: null; reason: string };

export function findElectronBinary(
  repoRoot: string = resolve(import.meta.dirname, '..', '..'),
  env: Record<string, string | undefined> = process.env,
): ElectronBinary {
  const packageDir = join(repoRoot, 'node_modules', 'electron');
  if (!existsSync(join(packageDir, 'package.json'))) {
    return { path: null, reason: 'the electron npm package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const relativePath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, relativePath || 'electron');
    return existsSync(candidate)
      ? { path: candidate, reason: null }
      : { path: null, reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${candidate} does not exist` };
  }
  if (!relativePath) {
    return {
      path: null,
      reason: `no Electron binary: ${pathFile} is missing (the postinstall download never ran)`,
    };
  }
  const candidate = join(packageDir, 'dist', relativePath);
  if (!existsSync(candidate)) return { path: null, reason: `no Electron binary at ${candidate}` };
  return { path: candidate, reason: null };
}
