// The built app carries no test machinery: the fake ngrok the browser e2e suite drives is injected
// by the test launcher (test/helpers/register-fake-ngrok.mjs), never bundled.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const out = resolve('out');

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? builtFiles(join(dir, entry.name))
      : /\.(c?js)$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

describe.runIf(existsSync(join(out, 'main')))('the built app', () => {
  it('has no fake ngrok and reads no test-hook variable', () => {
    for (const file of builtFiles(out)) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toContain('HOOKSCOPE_FAKE_NGROK');
      expect(code, file).not.toContain('fake ngrok');
    }
  });
});
