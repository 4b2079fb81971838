// The renderer's colours, font sizes, radii and spacing come from tokens.css: stylelint (part of
// `npm run lint`) refuses a literal anywhere else, and every token a stylesheet uses exists, so a
// typo cannot silently fall back to the browser's default colour.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import stylelint from 'stylelint';
import { describe, expect, it } from 'vitest';

const root = resolve('.');
const rendererDir = join(root, 'src-renderer/src');
const tokensFile = join(rendererDir, 'styles/tokens.css');

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return cssFiles(full);
    return name.endsWith('.css') ? [full] : [];
  });
}

async function lintProblems(code: string, file: string): Promise<string[]> {
  const result = await stylelint.lint({ code, codeFilename: file, configBasedir: root });
  return (result.results[0]?.warnings ?? []).map((w) => w.rule);
}

describe('design tokens', () => {
  const feature = join(rendererDir, 'features/example/Example.module.css');

  it.each([
    ['a hex colour', '.a {\n  color: #1b1d22;\n}\n', 'color-no-hex'],
    ['an rgb() colour', '.a {\n  background: rgb(0 0 0 / 10%);\n}\n', 'function-disallowed-list'],
    ['a named colour', '.a {\n  color: white;\n}\n', 'color-named'],
    ['a literal font size', '.a {\n  font-size: 11px;\n}\n', 'declaration-property-value-disallowed-list'],
    ['a literal radius', '.a {\n  border-radius: 3px;\n}\n', 'declaration-property-value-disallowed-list'],
    ['a literal padding', '.a {\n  padding: 0 5px;\n}\n', 'declaration-property-value-disallowed-list'],
    ['a literal margin side', '.a {\n  margin-top: -4px;\n}\n', 'declaration-property-value-disallowed-list'],
    ['a literal gap', '.a {\n  gap: 0.5rem;\n}\n', 'declaration-property-value-disallowed-list'],
    ['a literal column gap', '.a {\n  column-gap: 1em;\n}\n', 'declaration-property-value-disallowed-list'],
    ['a literal inset', '.a {\n  inset: 0 3px;\n}\n', 'declaration-property-value-disallowed-list'],
  ])('lint refuses %s outside tokens.css', async (_name, code, rule) => {
    expect(await lintProblems(code, feature)).toContain(rule);
  });

  it('lint accepts tokens, tints of tokens and transparent', async () => {
    const code =
      '.a {\n  color: var(--text);\n  background: color-mix(in srgb, var(--danger) 18%, transparent);\n' +
      '  border-color: transparent;\n  font-size: var(--fs-small);\n}\n';
    expect(await lintProblems(code, feature)).toEqual([]);
  });

  it('lint accepts spacing from the scale, multiples of it, 0, auto and percentages', async () => {
    const code =
      '.a {\n  padding: var(--space-2) var(--space-5);\n  margin: 0 auto calc(var(--space-9) * 2);\n' +
      '  gap: var(--space-hair);\n  inset: 0 calc(-1 * var(--space-2));\n  margin-left: 10%;\n}\n';
    expect(await lintProblems(code, feature)).toEqual([]);
  });

  it('no stylesheet is excused the spacing rule (the panel sheets that were, are modules now)', async () => {
    for (const sheet of [
      feature,
      join(rendererDir, 'styles/base.css'),
      join(rendererDir, 'styles/replay.css'),
    ]) {
      expect(await lintProblems('.a {\n  padding: 5px;\n}\n', sheet)).toContain(
        'declaration-property-value-disallowed-list',
      );
    }
  });

  it('lint accepts a module reaching a kit class with :global()', async () => {
    expect(await lintProblems('.a :global(.btn) {\n  opacity: 0;\n}\n', feature)).toEqual([]);
  });

  it('lint accepts literal colours in tokens.css, where they are defined', async () => {
    expect(await lintProblems(':root {\n  --x: #fff;\n  --y: rgb(0 0 0 / 10%);\n}\n', tokensFile)).toEqual(
      [],
    );
  });

  it('every custom property a stylesheet reads is defined somewhere', () => {
    const files = cssFiles(rendererDir);
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    const defined = new Set(texts.flatMap((t) => [...t.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!)));
    const undefinedUses = files.flatMap((file, i) =>
      [...texts[i]!.matchAll(/var\(\s*(--[\w-]+)\s*\)/g)]
        .map((m) => m[1]!)
        .filter((name) => !defined.has(name))
        .map((name) => `${relative(root, file)} reads ${name}`),
    );
    expect(undefinedUses).toEqual([]);
  });
});
