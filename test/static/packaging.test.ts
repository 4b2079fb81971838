// Static checks of the packaging promises (issue 8). The configuration is loaded and validated by
// electron-builder's own loader and JSON schema, file patterns are evaluated by its own matcher, and
// the committed icons are checked against their source and their manifest. Nothing is built or
// downloaded here; packaging-dry-run.test.ts packs the app for real around a stand-in Electron.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { AfterPackContext, Configuration } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aboutPanelOptions, copyright, projectLinks } from '../../src-main/electron/about';

const root = resolve('.');
const CONFIG_FILE = 'electron-builder.config.cjs';
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  productName: string;
  version: string;
  license: string;
  scripts: Record<string, string>;
};

// app-builder-lib is electron-builder's implementation; resolve it through electron-builder so the
// test uses exactly the copy the CLI uses, wherever npm placed it.
const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const requireFromLib = createRequire(requireFromBuilder.resolve('app-builder-lib'));
const { getConfig, validateConfiguration } = requireFromBuilder('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = requireFromLib('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
type Filter = (file: string, stat: { isDirectory(): boolean }) => boolean;
const { FileMatcher } = requireFromBuilder('app-builder-lib/out/fileMatcher') as {
  FileMatcher: new (
    from: string,
    to: string,
    expand: (pattern: string) => string,
    patterns: string[],
  ) => { createFilter(): Filter };
};

/** electron-builder normalises `files` into file sets; the app's own patterns are the first set's filter. */
function patternsOf(value: Configuration['files'] | Configuration['asarUnpack']): string[] {
  const list = value == null ? [] : Array.isArray(value) ? value : [value];
  return list.flatMap((entry) =>
    typeof entry === 'string'
      ? [entry]
      : entry.from == null && entry.to == null
        ? [entry.filter ?? []].flat()
        : [],
  );
}

function matcher(patterns: string[]): (path: string) => boolean {
  const filter = new FileMatcher(root, '/app', (pattern) => pattern, patterns).createFilter();
  const file = { isDirectory: () => false };
  return (path) => filter(join(root, ...path.split('/')), file);
}

let config: Configuration;
beforeAll(async () => {
  config = await getConfig(root, CONFIG_FILE, null);
});

describe('electron-builder configuration', () => {
  it('is found by `npm run dist` and passes electron-builder’s schema validation', async () => {
    expect(packageJson.scripts.dist).toMatch(
      /^npm run build && electron-builder --config electron-builder\.config\.cjs\b/,
    );
    expect(packageJson.scripts.dist).toContain('--publish never');
    for (const platform of ['linux', 'mac', 'win'])
      expect(packageJson.scripts[`dist:${platform}`]).toBe(`npm run dist -- --${platform}`);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app, takes its version from package.json and registers no file types', () => {
    expect(config.appId).toBe('dev.hookscope.app');
    expect(config.productName).toBe(packageJson.productName);
    expect(config.productName).toBe('Hookscope');
    expect(config.buildVersion).toBeUndefined();
    expect((config.extraMetadata as Record<string, unknown> | undefined)?.version).toBeUndefined();
    for (const scope of [config, config.mac, config.linux, config.win] as Array<
      Record<string, unknown> | undefined
    >) {
      expect([undefined, null, []]).toContainEqual(scope?.fileAssociations);
      expect([undefined, null, []]).toContainEqual(scope?.protocols);
    }
  });

  it('builds AppImage + deb, dmg for x64 and arm64, and NSIS', () => {
    const targets = (platform: Configuration['linux'] | Configuration['mac'] | Configuration['win']) =>
      Object.fromEntries(
        [platform?.target ?? []].flat().map((target) => {
          if (typeof target === 'string') return [target, []];
          return [target.target, [target.arch ?? []].flat()];
        }),
      );
    expect(targets(config.linux)).toEqual({ AppImage: ['x64'], deb: ['x64'] });
    expect(targets(config.mac)).toEqual({ dmg: ['x64', 'arm64'] });
    expect(targets(config.win)).toEqual({ nsis: ['x64'] });
    expect(config.linux?.category).toBe('Development');
    expect(config.mac?.category).toBe('public.app-category.developer-tools');
  });

  it('packs only out/ and package.json from the project (no sources, tests, fixtures, docs or maps)', () => {
    const packed = matcher([...patternsOf(config.files), 'package.json']);
    for (const path of [
      'out/main/index.js',
      'out/main/chunks/start-abc123.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/index-abc123.js',
      'package.json',
    ])
      expect(packed(path), path).toBe(true);
    for (const path of [
      'out/renderer/assets/index-abc123.js.map',
      'out/main/index.js.map',
      'src-main/electron/main.ts',
      'src-renderer/src/App.tsx',
      'test/fixtures/payloads/whatsapp.json',
      'test/unit/store/store.test.ts',
      'docs/api.md',
      'scripts/generate-icons.mjs',
      'resources/icon.svg',
      'README.md',
      'electron-builder.config.cjs',
      'electron.vite.config.ts',
      'tsconfig.json',
      'package-lock.json',
    ])
      expect(packed(path), path).toBe(false);
  });

  it('packs nothing from the working tree but out/ and package.json', () => {
    const packed = matcher([...patternsOf(config.files), 'package.json']);
    // Ignored by git and rewritten by other suites while this one runs.
    const skip = new Set(['node_modules', '.git', 'dist', 'test-results', 'playwright-report']);
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = join(dir, name);
        if (skip.has(name) && dir === root) return [];
        const stat = statSync(full, { throwIfNoEntry: false }); // a temp file may vanish mid-walk
        if (!stat) return [];
        return stat.isDirectory() ? walk(full) : [relative(root, full).split(sep).join('/')];
      });
    const unexpected = walk(root)
      .filter(packed)
      .filter((path) => path !== 'package.json' && !/^out\/(main|preload|renderer)\//.test(path));
    expect(unexpected).toEqual([]);
  });

  it('keeps ngrok’s native binaries (every platform package) out of the asar archive', () => {
    expect(config.asar).toBe(true);
    const unpacked = matcher(patternsOf(config.asarUnpack));
    for (const suffix of [
      'linux-x64-gnu',
      'darwin-x64',
      'darwin-arm64',
      'darwin-universal',
      'win32-x64-msvc',
    ])
      expect(unpacked(`node_modules/@ngrok/ngrok-${suffix}/ngrok.${suffix}.node`), suffix).toBe(true);
    // The app's own code stays inside the archive, where asar integrity covers it.
    for (const path of ['out/main/index.js', 'out/preload/index.cjs', 'node_modules/@ngrok/ngrok/index.js'])
      expect(unpacked(path), path).toBe(false);
    // The binary actually installed here is one of those the patterns cover.
    const installed = readdirSync(join(root, 'node_modules', '@ngrok')).filter((name) =>
      name.startsWith('ngrok-'),
    );
    expect(installed.length).toBeGreaterThan(0);
    for (const name of installed)
      for (const file of readdirSync(join(root, 'node_modules', '@ngrok', name)).filter((f) =>
        f.endsWith('.node'),
      ))
        expect(unpacked(`node_modules/@ngrok/${name}/${file}`), file).toBe(true);
  });

  it('sets every production fuse', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Integrity validation needs an asar whose hash electron-builder embeds: nothing may turn it off.
    expect((config as Record<string, unknown>).disableAsarIntegrity).toBeUndefined();
  });

  it('does not publish implicitly and does not rebuild (no dependency compiles anything)', () => {
    expect(config.publish).toBeNull();
    expect(config.npmRebuild).toBe(false);
  });
});

describe('afterPack: the installer must carry ngrok’s native binary for its platform and arch', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'hookscope-afterpack-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  // arch numbers are electron-builder's Arch enum: x64 = 1, arm64 = 3.
  function context(appOutDir: string, electronPlatformName: string, arch: number): AfterPackContext {
    const packager = { getResourcesDir: (dir: string) => join(dir, 'resources') };
    return { appOutDir, electronPlatformName, arch, packager } as unknown as AfterPackContext;
  }
  function appWith(name: string, packages: string[]): string {
    const appOutDir = join(tmp, name);
    for (const pkg of packages) {
      const dir = join(appOutDir, 'resources', 'app.asar.unpacked', 'node_modules', '@ngrok', pkg);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${pkg.replace(/^ngrok-/, 'ngrok.')}.node`), '');
    }
    return appOutDir;
  }
  const afterPack = () => config.afterPack as (context: AfterPackContext) => Promise<void>;

  it.each([
    ['linux', 1, 'ngrok-linux-x64-gnu'],
    ['win32', 1, 'ngrok-win32-x64-msvc'],
    ['darwin', 1, 'ngrok-darwin-x64'],
    ['darwin', 3, 'ngrok-darwin-arm64'],
    ['darwin', 3, 'ngrok-darwin-universal'],
  ])('accepts %s arch %i with %s', async (platform, arch, pkg) => {
    await expect(
      afterPack()(context(appWith(`${platform}-${arch}-${pkg}`, [pkg]), platform, arch)),
    ).resolves.toBeUndefined();
  });

  it.each([
    ['linux', 1, []],
    ['darwin', 3, ['ngrok-darwin-x64']],
    ['win32', 1, ['ngrok-linux-x64-gnu']],
  ])('refuses %s arch %i packed with %j', async (platform, arch, packages) => {
    const appOutDir = appWith(`bad-${platform}-${arch}`, packages as string[]);
    await expect(afterPack()(context(appOutDir, platform, arch))).rejects.toThrow(/no ngrok native binary/);
  });
});

describe('icons', () => {
  const pngSize = (file: string) => {
    const bytes = readFileSync(file);
    expect(
      bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
      file,
    ).toBe(true);
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  };
  const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
  const textSha256 = (file: string) => sha256(readFileSync(file, 'utf8').replace(/\r\n/g, '\n'));
  const manifest = JSON.parse(readFileSync(join(root, 'resources', 'icon-manifest.json'), 'utf8')) as {
    renderedOn: string;
    generator: { script: string; sha256: string };
    source: { file: string; sha256: string };
    outputs: Record<string, { sha256: string }>;
  };
  const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

  it('are the ones the configuration points at', () => {
    expect(config.directories?.buildResources).toBe('resources');
    expect(config.linux?.icon).toBe('resources/icons');
    expect(config.mac?.icon).toBe('resources/icon.icns');
    expect(config.win?.icon).toBe('resources/icon.ico');
    expect(packageJson.scripts.icons).toBe('node scripts/generate-icons.mjs');
  });

  it('form a PNG set with one square file per size', () => {
    const files = readdirSync(join(root, 'resources', 'icons')).sort();
    expect(files).toEqual(sizes.map((size) => `${size}x${size}.png`).sort());
    for (const size of sizes)
      expect(pngSize(join(root, 'resources', 'icons', `${size}x${size}.png`))).toEqual({
        width: size,
        height: size,
      });
  });

  it('include an ICO with 16…256 px entries (electron-builder and NSIS require 256)', () => {
    const ico = readFileSync(join(root, 'resources', 'icon.ico'));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const entries = Array.from({ length: count }, (_, index) => {
      const at = 6 + index * 16;
      const size = ico[at] || 256;
      const data = ico.subarray(
        ico.readUInt32LE(at + 12),
        ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8),
      );
      const isPng = data.subarray(1, 4).toString('latin1') === 'PNG';
      // A BMP entry's header states the width and twice the height (image + mask).
      const actual = isPng ? data.readUInt32BE(16) : data.readInt32LE(4);
      if (!isPng) expect(data.readInt32LE(8)).toBe(size * 2);
      expect(actual, `ICO entry ${size}`).toBe(size);
      return size;
    });
    expect(entries).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('include an ICNS with PNG entries up to 1024 px', () => {
    const icns = readFileSync(join(root, 'resources', 'icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const entries: Record<string, number> = {};
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      const data = icns.subarray(at + 8, at + icns.readUInt32BE(at + 4));
      entries[icns.subarray(at, at + 4).toString('latin1')] = data.readUInt32BE(16);
    }
    expect(entries).toEqual({
      ic11: 32,
      ic12: 64,
      ic07: 128,
      ic13: 256,
      ic08: 256,
      ic14: 512,
      ic09: 512,
      ic10: 1024,
    });
  });

  it('were generated from the current SVG by the current script (hash manifest)', () => {
    const hint =
      'resources/icon.svg or scripts/generate-icons.mjs changed: run `npm run icons` and commit the result';
    expect(manifest.source).toEqual({
      file: 'resources/icon.svg',
      sha256: textSha256(join(root, 'resources', 'icon.svg')),
    });
    expect(manifest.generator.sha256, hint).toBe(textSha256(join(root, 'scripts', 'generate-icons.mjs')));
    expect(Object.keys(manifest.outputs).sort()).toEqual(
      [
        ...sizes.map((size) => `resources/icons/${size}x${size}.png`),
        'resources/icon.icns',
        'resources/icon.ico',
      ].sort(),
    );
    for (const [path, { sha256: expected }] of Object.entries(manifest.outputs))
      expect(sha256(readFileSync(join(root, path))), `${path} was edited by hand or is stale`).toBe(expected);
  });

  // resvg's rasteriser may round differently on another CPU, so the byte-for-byte regeneration is
  // checked where the committed icons were rendered; the hash manifest above holds everywhere.
  it.runIf(manifest.renderedOn === `${process.platform}-${process.arch}`)(
    'regenerate byte for byte from the SVG (`npm run icons -- --check`)',
    () => {
      const output = execFileSync(process.execPath, ['scripts/generate-icons.mjs', '--check'], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(output).toMatch(/icons are up to date/);
    },
  );
});

describe('app metadata', () => {
  it('has an MIT LICENSE for "Hookscope contributors", matching package.json', () => {
    const license = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} Hookscope contributors\n/);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS"');
    expect(packageJson.license).toBe('MIT');
  });

  it('has a Keep a Changelog CHANGELOG listing what exists', () => {
    const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('keepachangelog.com');
    expect(changelog).toMatch(/^## \[Unreleased\]/m);
    expect(changelog).toContain(packageJson.version);
    for (const area of [
      'Capture pipeline',
      'Headless mode',
      'Signatures',
      'Decoders',
      'Tunnel',
      'Desktop shell',
    ])
      expect(changelog).toContain(`**${area}**`);
  });

  it('shows version and links in the About panel, consistent with the installers', () => {
    const options = aboutPanelOptions({
      version: packageJson.version,
      versions: { electron: '45.4.1', chrome: '142.0.0.0', node: '24.11.0' },
      iconPath: '/opt/Hookscope/resources/about-icon.png',
    });
    expect(options).toMatchObject({
      applicationName: 'Hookscope',
      applicationVersion: packageJson.version,
      website: projectLinks.homepage,
      copyright,
      iconPath: '/opt/Hookscope/resources/about-icon.png',
    });
    expect(options.credits).toContain(projectLinks.homepage);
    expect(options.credits).toContain(projectLinks.issues);
    expect(options.credits).toContain('Electron 45.4.1');
    expect(config.copyright).toBe(copyright);
    expect((config.extraMetadata as { homepage?: string }).homepage).toBe(projectLinks.homepage);
    // The icon the packaged panel points at is shipped beside app.asar.
    expect(config.extraResources).toEqual([{ from: 'resources/icons/64x64.png', to: 'about-icon.png' }]);
    expect(existsSync(join(root, 'resources', 'icons', '64x64.png'))).toBe(true);
  });
});
