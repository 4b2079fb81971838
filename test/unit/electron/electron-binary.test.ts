import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../e2e-electron/electron-binary';

describe('findElectronBinary (decides whether the Electron smoke suite runs)', () => {
  let repo: string;
  const pkg = () => join(repo, 'node_modules', 'electron');

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'hookscope-electron-binary-'));
  });
  afterEach(() => {
    rmSync(repo, { recursive: true, force: true });
  });

  it('explains a missing npm package', () => {
    expect(findElectronBinary(repo, {})).toEqual({
      path: null,
      reason: 'the electron npm package is not installed',
    });
  });

  it('explains a package whose binary was never downloaded (no path.txt)', () => {
    mkdirSync(pkg(), { recursive: true });
    writeFileSync(join(pkg(), 'package.json'), '{}');
    expect(findElectronBinary(repo, {}).reason).toMatch(/path\.txt is missing/);
  });

  it('explains a path.txt pointing at a missing file', () => {
    mkdirSync(pkg(), { recursive: true });
    writeFileSync(join(pkg(), 'package.json'), '{}');
    writeFileSync(join(pkg(), 'path.txt'), 'electron');
    expect(findElectronBinary(repo, {}).reason).toMatch(/no Electron binary at .*dist/);
  });

  it('finds the downloaded binary', () => {
    mkdirSync(join(pkg(), 'dist'), { recursive: true });
    writeFileSync(join(pkg(), 'package.json'), '{}');
    writeFileSync(join(pkg(), 'path.txt'), 'electron');
    writeFileSync(join(pkg(), 'dist', 'electron'), '');
    expect(findElectronBinary(repo, {})).toEqual({ path: join(pkg(), 'dist', 'electron'), reason: null });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    mkdirSync(pkg(), { recursive: true });
    writeFileSync(join(pkg(), 'package.json'), '{}');
    const dist = join(repo, 'custom-dist');
    mkdirSync(dist);
    expect(findElectronBinary(repo, { ELECTRON_OVERRIDE_DIST_PATH: dist }).reason).toMatch(/does not exist/);
    writeFileSync(join(dist, 'electron'), '');
    expect(findElectronBinary(repo, { ELECTRON_OVERRIDE_DIST_PATH: dist }).path).toBe(join(dist, 'electron'));
  });
});
