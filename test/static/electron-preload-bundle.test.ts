// The preload runs sandboxed: it may `require` only 'electron' (plus a few Node polyfills we do not
// use). Anything else must be bundled into out/preload/index.cjs, or the window opens with no bridge.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const preloadDir = resolve('src-main/preload');
const sharedDir = resolve('src-main/shared');
const builtPreload = resolve('out/preload/index.cjs');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Static import specifiers, type-only imports excluded (they vanish from the bundle). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const match of text.matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    if (!match[1]) specifiers.push(match[2]!);
  }
  for (const match of text.matchAll(/^\s*(?:import|export\s+\*\s+from)\s+['"]([^'"]+)['"]/gm))
    specifiers.push(match[1]!);
  for (const match of text.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g))
    specifiers.push(match[1]!);
  return specifiers;
}

/** Every bare (package) specifier reachable from the preload entry through relative and '@shared/…' imports. */
function reachablePackages(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      const local = specifier.startsWith('.') || specifier.startsWith('@shared/');
      if (local) {
        const base = specifier.startsWith('@shared/')
          ? join(sharedDir, specifier.slice('@shared/'.length))
          : resolve(dirname(file), specifier);
        const candidate = [`${base}.ts`, join(base, 'index.ts')].find((path) => existsSync(path));
        expect(candidate, `${file} imports ${specifier}`).toBeDefined();
        visit(candidate!);
      } else {
        packages.add(specifier);
      }
    }
  };
  visit(entry);
  return packages;
}

describe('preload sources', () => {
  it('reach only electron (provided by the sandbox): operation names, never the zod schemas', () => {
    const packages = [...reachablePackages(join(preloadDir, 'index.ts'))].sort();
    expect(packages).toEqual(['electron']);
  });

  it('never touch process, process.env or require, and expose exactly one world key', () => {
    let exposures = 0;
    for (const file of sourceFiles(preloadDir)) {
      // Comments and string literals removed: only code counts.
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '')
        .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
      expect(code, file).not.toMatch(/\bprocess\b/);
      expect(code, file).not.toMatch(/\brequire\s*\(/);
      expect(code, file).not.toMatch(/exposeInIsolatedWorld|webFrame/);
      exposures += code.match(/exposeInMainWorld\(/g)?.length ?? 0;
    }
    expect(exposures).toBe(1);
  });
});

describe.runIf(existsSync(builtPreload))('built preload (out/preload/index.cjs)', () => {
  it('is CommonJS and requires nothing but electron', () => {
    const code = readFileSync(builtPreload, 'utf8');
    const required = [...code.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1]);
    const unexpected = [...new Set(required)].filter((name) => name !== 'electron');
    expect(
      unexpected,
      'The sandboxed preload cannot load these at runtime; bundle them (electron.vite.config.ts: preload.build.externalizeDeps = false).',
    ).toEqual([]);
    expect(required).toContain('electron');
    expect(code).not.toMatch(/^\s*import\s.+from\s/m);
  });

  it('stays under 20 KB', () => {
    expect(statSync(builtPreload).size).toBeLessThan(20 * 1024);
  });
});
