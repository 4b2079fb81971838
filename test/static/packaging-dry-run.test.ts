// Packs the real app with the real configuration (electron-builder's `dir` target for Linux x64),
// around a stand-in Electron: a small file carrying the fuse wire of a stock Electron binary. Nothing
// is downloaded (electronDist points at the stand-in, npmRebuild is off), so this runs offline and
// proves what the static test can only infer: which files land in app.asar, that ngrok's .node is
// unpacked beside it, that afterPack's check passes, and which fuses electron-builder flips in the
// binary. Whether the real Electron then starts is the job of test/e2e-electron/packaged.spec.ts.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Configuration } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve('.');
const requireHere = createRequire(import.meta.url);
const builder = requireHere('electron-builder') as typeof import('electron-builder');
const requireFromLib = createRequire(
  createRequire(requireHere.resolve('electron-builder')).resolve('app-builder-lib'),
);
const asar = requireFromLib('@electron/asar') as {
  listPackage(archive: string, options: { isPack: boolean }): string[];
  extractFile(archive: string, file: string): Buffer;
  getRawHeader(archive: string): { header: AsarDirectory };
};
type AsarDirectory = { files: Record<string, AsarDirectory & { unpacked?: boolean }> };

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's fuse wire, one byte per fuse in this order ('1' on, '0' off), as shipped by Electron:
// RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect, AsarIntegrity, OnlyLoadAppFromAsar,
// BrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges.
const STOCK_WIRE = '10110001';
const PRODUCTION_WIRE = '01001100';

/** Reads the fuse wire after the sentinel (format of @electron/fuses, read independently of it). */
function readFuseWire(binary: Buffer): string {
  const at = binary.indexOf(SENTINEL) + SENTINEL.length;
  expect(at, 'fuse sentinel').toBeGreaterThanOrEqual(SENTINEL.length);
  expect(binary[at], 'fuse wire version').toBe(1);
  return binary.subarray(at + 2, at + 2 + binary[at + 1]!).toString('latin1');
}

const built = existsSync(join(root, 'out', 'main', 'index.js'));
const skipReason = !built
  ? 'out/main/index.js is missing (run `npm run build` first)'
  : process.platform !== 'linux'
    ? `the stand-in Electron is a Linux layout; this is ${process.platform}`
    : null;
if (skipReason) console.log(`Packaging dry run skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('electron-builder dry run (linux x64, stand-in Electron)', () => {
  let work: string;
  let appOutDir: string;
  let archive: string;
  let entries: string[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'hookscope-pack-'));
    const fakeElectron = join(work, 'electron-dist');
    mkdirSync(fakeElectron);
    writeFileSync(
      join(fakeElectron, 'electron'),
      Buffer.concat([
        Buffer.from('#!/bin/sh\nexit 1\n#'),
        Buffer.from(SENTINEL),
        Buffer.from([1, 8]),
        Buffer.from(STOCK_WIRE),
      ]),
    );
    chmodSync(join(fakeElectron, 'electron'), 0o755);
    writeFileSync(join(fakeElectron, 'LICENSE'), 'stand-in');

    const config = requireHere(join(root, 'electron-builder.config.cjs')) as Configuration;
    await builder.build({
      projectDir: root,
      targets: builder.Platform.LINUX.createTarget('dir', builder.Arch.x64),
      publish: 'never',
      config: {
        ...config,
        electronDist: fakeElectron,
        directories: { ...config.directories, output: join(work, 'dist') },
      },
    });
    appOutDir = join(work, 'dist', 'linux-unpacked');
    archive = join(appOutDir, 'resources', 'app.asar');
    entries = asar.listPackage(archive, { isPack: false }).map((entry) => entry.replace(/\\/g, '/'));
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('flips every production fuse in the packaged binary', () => {
    expect(readFuseWire(readFileSync(join(appOutDir, 'hookscope')))).toBe(PRODUCTION_WIRE);
  });

  it('packs out/, package.json and production dependencies only', () => {
    const topLevel = [...new Set(entries.map((entry) => entry.split('/')[1]))].sort();
    expect(topLevel).toEqual(['node_modules', 'out', 'package.json']);
    for (const file of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html'])
      expect(entries).toContain(file);
    expect(entries.filter((entry) => /\.(map|tsx?)$/.test(entry) && !entry.endsWith('.d.ts'))).toEqual([]);
    expect(entries.filter((entry) => /\/(src-main|src-renderer|fixtures)(\/|$)/.test(entry))).toEqual([]);

    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      version: string;
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const packedModules = new Set(
      entries
        .filter((entry) => entry.startsWith('/node_modules/'))
        .map((entry) =>
          entry
            .split('/')
            .slice(2, entry.split('/')[2]!.startsWith('@') ? 4 : 3)
            .join('/'),
        ),
    );
    const devOnly = Object.keys(pkg.devDependencies).filter((name) => !(name in pkg.dependencies));
    expect(devOnly.filter((name) => packedModules.has(name))).toEqual([]);
    for (const name of ['express', 'ws', 'zod', '@ngrok/ngrok'])
      expect(packedModules.has(name), name).toBe(true);

    const packedPackage = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as {
      version: string;
      main: string;
    };
    expect(packedPackage.version).toBe(pkg.version);
    expect(packedPackage.main).toBe('out/main/index.js');
  });

  it('unpacks ngrok’s native binary beside the archive', () => {
    const { header } = asar.getRawHeader(archive);
    const ngrok = header.files.node_modules!.files['@ngrok']!.files;
    const natives = Object.entries(ngrok).filter(([name]) => name.startsWith('ngrok-'));
    expect(natives.length).toBeGreaterThan(0);
    for (const [name, dir] of natives) {
      for (const [file, entry] of Object.entries(dir.files).filter(([file]) => file.endsWith('.node'))) {
        expect(entry.unpacked, `${name}/${file} flagged unpacked`).toBe(true);
        expect(
          existsSync(join(appOutDir, 'resources', 'app.asar.unpacked', 'node_modules', '@ngrok', name, file)),
        ).toBe(true);
      }
    }
  });

  it('ships the About panel icon beside the archive', () => {
    expect(existsSync(join(appOutDir, 'resources', 'about-icon.png'))).toBe(true);
  });
});
