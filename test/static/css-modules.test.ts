// Component styles are CSS Modules: a class name is a key of the imported module, typed only as
// `string`, so a typo would leave an element silently unstyled. This walks every component that
// imports a `*.module.css` and checks each key it reads exists in that file, and that every class
// a module defines is read by some component (no dead styles left behind by a rename). It also
// holds the line on what may stay global, so a moved feature sheet cannot quietly return.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve('.');
const rendererDir = join(root, 'src-renderer/src');

function files(dir: string, suffix: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return files(full, suffix);
    return suffix.test(name) ? [full] : [];
  });
}

function classesOf(cssFile: string): Set<string> {
  const text = readFileSync(cssFile, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\{[^{}]*\}/g, '{}')
    // `:global(.btn)` names a kit class from base.css, not one of this module's.
    .replace(/:global\([^)]*\)/g, '');
  return new Set([...text.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!));
}

interface Read {
  file: string;
  module: string;
  key: string;
  prefix: boolean;
}

function readsOf(file: string): Read[] {
  const text = readFileSync(file, 'utf8');
  const reads: Read[] = [];
  for (const imp of text.matchAll(/^import (\w+) from '([^']+\.module\.css)';$/gm)) {
    const [, name, spec] = imp;
    const module = resolve(dirname(file), spec!);
    // Not preceded by a path or name character: `panel` must not match 'tools-panel.module.css'.
    const keyed = new RegExp(`(?<![\\w./-])${name}(?:\\.(\\w+)|\\['([\\w-]+)'\\]|\\[\`([\\w-]+)\\$\\{)`, 'g');
    for (const m of text.matchAll(keyed)) {
      const key = m[1] ?? m[2] ?? m[3]!;
      reads.push({ file, module, key, prefix: m[3] !== undefined });
    }
  }
  return reads;
}

describe('CSS Modules', () => {
  const modules = files(rendererDir, /\.module\.css$/);
  const reads = files(rendererDir, /\.tsx?$/).flatMap(readsOf);

  it('are used: the renderer has component stylesheets', () => {
    expect(modules.length).toBeGreaterThan(0);
    expect(reads.length).toBeGreaterThan(0);
  });

  it('every class a component reads exists in the module it imports', () => {
    const missing = reads
      .filter((r) => {
        const classes = [...classesOf(r.module)];
        return r.prefix ? !classes.some((c) => c.startsWith(r.key)) : !classes.includes(r.key);
      })
      .map(
        (r) =>
          `${relative(root, r.file)} reads ${r.prefix ? `${r.key}…` : r.key} from ${relative(root, r.module)}`,
      );
    expect(missing).toEqual([]);
  });

  it('only the global sheets stay in styles/: converted feature sheets do not come back', () => {
    // tokens and base (reset, kit) are global by design; nothing else is.
    const allowed = ['base.css', 'tokens.css'];
    const global = files(join(rendererDir, 'styles'), /\.css$/).map((f) =>
      relative(join(rendererDir, 'styles'), f),
    );
    expect(global.filter((f) => !allowed.includes(f))).toEqual([]);
    const elsewhere = files(rendererDir, /\.css$/)
      .filter((f) => !f.endsWith('.module.css') && !f.startsWith(join(rendererDir, 'styles')))
      .map((f) => relative(root, f));
    expect(elsewhere).toEqual([]);
  });

  it('the converted sheets stay gone: no feature class of theirs is global again', () => {
    const globalText = files(join(rendererDir, 'styles'), /\.css$/)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const converted = [
      'json-tree',
      'jt-row',
      'hex-rows',
      'topbar',
      'list-pane',
      'request-path',
      'msg-card',
      'bubble',
      'sig-banner',
      'diag-list',
      'sig-progress',
      'sig-inline-secret',
      'secrets-panel',
      'tunnel',
      'tunnel-callout',
      'wa-tick',
      'st-section',
      'tunnel-dialog',
      'rp-flash',
      'rp-result',
      'tl-card',
      'tl-menu',
      'fw-chip',
      'cp-curl',
      'code-dialog',
      'code-preview',
    ];
    expect(converted.filter((c) => new RegExp(`\\.${c}(?![\\w-])`).test(globalText))).toEqual([]);
  });

  it('no component writes a class of the deleted replay, tunnel and signature sheets', () => {
    // Their prefixes: a class written as a plain string would style nothing now, silently.
    const old =
      /^(?:(?:rp|tl|cp|ex|fw|tn|wa|st)-|tunnel|sig-(?:progress|cta|inline|finder|saved)|secrets-|code-dialog|code-preview|settings-link)/;
    const written = files(rendererDir, /\.tsx$/).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      // className="a b", className={`a ${x}`}, className={'a'}, and ToolsDialog's classNames={{ dialog: 'a' }}.
      const values = [
        ...text.matchAll(/className=(?:"([^"]*)"|\{`([^`]*)`\}|\{'([^']*)'\})/g),
        ...text.matchAll(/classNames=\{\{([^}]*)\}\}/g),
      ].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').replace(/\$\{[^}]*\}/g, ' '));
      return values
        .flatMap((v) => v.match(/[\w-]+/g) ?? [])
        .filter((c) => old.test(c))
        .map((c) => `${relative(root, file)} writes .${c}`);
    });
    expect(written).toEqual([]);
  });

  it("a component imports the kit's modules before its own, so its own rule wins a tie", () => {
    // Vite emits CSS in import order; two single-class rules on one element (the kit's help line
    // and Compose's description) are settled by which comes later.
    const kitDir = join(rendererDir, 'components');
    const late = files(join(rendererDir, 'features'), /\.tsx$/).flatMap((file) => {
      const specs = [
        ...readFileSync(file, 'utf8').matchAll(/^import \w+ from '([^']+\.module\.css)';$/gm),
      ].map((m) => resolve(dirname(file), m[1]!));
      const firstOwn = specs.findIndex((m) => !m.startsWith(kitDir));
      return specs
        .filter((m, i) => m.startsWith(kitDir) && firstOwn !== -1 && i > firstOwn)
        .map((m) => `${relative(root, file)} imports ${relative(root, m)} after its own module`);
    });
    expect(late).toEqual([]);
  });

  it('every class a module defines is read by a component', () => {
    const unread = modules.flatMap((module) => {
      const mine = reads.filter((r) => r.module === module);
      return [...classesOf(module)]
        .filter((c) => !mine.some((r) => (r.prefix ? c.startsWith(r.key) : r.key === c)))
        .map((c) => `${relative(root, module)} defines .${c}, which no component reads`);
    });
    expect(unread).toEqual([]);
  });
});
