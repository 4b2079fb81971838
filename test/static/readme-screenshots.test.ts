// The README's pictures are taken by the browser e2e run (never by hand), so they show the UI as it
// is: every docs/*.png the README shows must exist and be written by a spec in test/e2e-browser.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const specDir = resolve(root, 'test', 'e2e-browser');
const specs = readdirSync(specDir)
  .filter((f) => f.endsWith('.spec.ts'))
  .map((f) => readFileSync(resolve(specDir, f), 'utf8'))
  .join('\n');

const pictures = [...readme.matchAll(/\]\((docs\/[^)\s]+\.png)\)/g)].map((m) => m[1] ?? '');

it('the README shows pictures', () => {
  expect(pictures.length).toBeGreaterThanOrEqual(5);
});

it.each(pictures)('%s exists and an e2e spec writes it', (picture) => {
  expect(existsSync(resolve(root, picture))).toBe(true);
  const name = picture.replace(/^docs\//, '').replace(/\.png$/, '');
  // Specs name the file either in full ('docs/x.png') or through a helper given the bare name ('x').
  const written =
    specs.includes(picture) || new RegExp(`picture\\([^,]+, [\`'"]${name}[\`'"]\\)`).test(specs);
  const templated = /picture\([^,]+, `([a-z-]+)\$\{item\}`\)/.exec(specs);
  const prefix = templated?.[1];
  const byTemplate =
    prefix !== undefined && name.startsWith(prefix) && specs.includes(`'${name.slice(prefix.length)}'`);
  expect(written || byTemplate, `${picture} is not written by any spec in test/e2e-browser`).toBe(true);
});
