// One way to render each kind of control: text inputs, selects and text areas come from the form
// kit (components/form/), so every box in the app looks, focuses and reports errors the same way.
// A feature that writes its own <input> or <select> fails here; a control the kit does not cover
// (a file picker) is listed with the reason.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve('.');
const rendererDir = join(root, 'src-renderer/src');
const kitDir = join(rendererDir, 'components/form');

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return tsxFiles(full);
    return name.endsWith('.tsx') ? [full] : [];
  });
}

/** Files allowed a raw control, each for a reason. */
const rawControlsAllowed: Record<string, string> = {
  // A file picker: the native input, hidden inside a button-styled label.
  'src-renderer/src/features/export-import/ExportImportPanel.tsx': 'file input',
};

describe('the UI kit', () => {
  const files = tsxFiles(rendererDir).filter((f) => !f.startsWith(kitDir));

  it('renders every text input, select and text area outside the kit through it', () => {
    const stray = files.flatMap((file) => {
      const name = relative(root, file);
      if (name in rawControlsAllowed) return [];
      return [...readFileSync(file, 'utf8').matchAll(/<(input|select|textarea)\b/g)].map(
        (m) => `${name} renders its own <${m[1]}>`,
      );
    });
    expect(stray).toEqual([]);
  });

  it('lists only exceptions that still exist', () => {
    const stale = Object.keys(rawControlsAllowed).filter(
      (name) => !/<(input|select|textarea)\b/.test(readFileSync(join(root, name), 'utf8')),
    );
    expect(stale).toEqual([]);
  });
});

describe('global classes', () => {
  // A plain class name in className names a kit class of base.css (btn, muted, panel-toolbar…); a
  // typo or a name left behind by a move to CSS Modules would style nothing, silently.
  const baseCss = readFileSync(join(rendererDir, 'styles/base.css'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\{[^{}]*\}/g, '{}');
  const defined = new Set([...baseCss.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!));
  // Classes that style nothing on purpose, with the reason.
  const hooks: Record<string, string> = {
    'pairs-value': 'the value cell of a name/value table, for specs',
  };

  it('every plain class a component names is defined in base.css', () => {
    const unknown = tsxFiles(rendererDir).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const literals = [
        ...[...text.matchAll(/className="([^"]*)"/g)].map((m) => m[1]!),
        // The fixed parts of a template literal, without what is interpolated.
        ...[...text.matchAll(/className=\{`([^`]*)`\}/g)].map((m) => m[1]!.replace(/\$\{[^}]*\}/g, ' ')),
      ];
      return literals
        .flatMap((l) => l.split(/\s+/).filter(Boolean))
        .filter((c) => !defined.has(c) && !(c in hooks))
        .map((c) => `${relative(root, file)} names .${c}, which no global sheet defines`);
    });
    expect(unknown).toEqual([]);
  });
});

describe('icons', () => {
  it('are lucide components everywhere: no component draws an inline <svg>', () => {
    const inline = tsxFiles(rendererDir).flatMap((file) =>
      /<svg\b/.test(readFileSync(file, 'utf8')) ? [`${relative(root, file)} draws an inline <svg>`] : [],
    );
    expect(inline).toEqual([]);
  });
});
