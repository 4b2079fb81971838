// The two architectural boundaries, checked on the real import graph (ESLint checks them too):
//   - src-main/core and src-main/shared run in plain Node: they never import electron, and
//     shared imports nothing but zod and itself;
//   - src-renderer imports only src-main/shared from the main side, and no Node built-ins;
//   - outside src-main/shared, the contract is imported as '@shared/…', never by a relative path.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve('.');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts)$/.test(name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = new Set<string>();
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?(?:\*|\{[^}]*\})\s+from\s+['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) specs.add(m[1]!);
  return [...specs];
}

function violations(dir: string, isForbidden: (spec: string, file: string) => boolean): string[] {
  return sourceFiles(join(root, dir)).flatMap((file) =>
    importsOf(file)
      .filter((spec) => isForbidden(spec, file))
      .map((spec) => `${relative(root, file)} imports ${spec}`),
  );
}

const isElectron = (spec: string) => spec === 'electron' || spec.startsWith('electron/');
const resolvesInto = (spec: string, file: string, target: string) =>
  spec.startsWith('.') && resolve(dirname(file), spec).startsWith(join(root, target));
const nodeBuiltins = new Set(builtinModules);
const isNodeBuiltin = (spec: string) => spec.startsWith('node:') || nodeBuiltins.has(spec.split('/')[0]!);

describe('import boundaries', () => {
  it('the parser finds imports of every form (self-check)', () => {
    const self = importsOf(join(root, 'test/static/import-boundaries.test.ts'));
    expect(self).toEqual(expect.arrayContaining(['node:fs', 'node:module', 'node:path', 'vitest']));
  });

  it('src-main/core never imports electron', () => {
    expect(violations('src-main/core', isElectron)).toEqual([]);
  });

  it('src-main/shared imports only zod and itself', () => {
    expect(
      violations(
        'src-main/shared',
        (spec, file) =>
          !(spec === 'zod' || (spec.startsWith('.') && resolvesInto(spec, file, 'src-main/shared'))),
      ),
    ).toEqual([]);
  });

  it('src-renderer imports only src-main/shared from the main side, and no Node or Electron modules', () => {
    expect(
      violations(
        'src-renderer',
        (spec, file) =>
          isElectron(spec) ||
          isNodeBuiltin(spec) ||
          (spec.startsWith('.') &&
            resolvesInto(spec, file, 'src-main') &&
            !resolvesInto(spec, file, 'src-main/shared')),
      ),
    ).toEqual([]);
  });

  it('outside src-main/shared, the contract is imported as @shared/…, never by a relative path', () => {
    const relativeIntoShared = (spec: string, file: string) =>
      !file.startsWith(join(root, 'src-main/shared') + '/') && resolvesInto(spec, file, 'src-main/shared');
    expect(
      ['src-main', 'src-renderer', 'test', 'scripts'].flatMap((dir) => violations(dir, relativeIntoShared)),
    ).toEqual([]);
  });

  it('the headless server never imports electron', () => {
    expect(violations('src-main/headless', isElectron)).toEqual([]);
  });
});
